using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Outbox;
using CardProcessor.Processing.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Tests.Outbox;

public sealed class OutboxDispatcherTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private readonly OutboxDispatcher _dispatcher = fixture.CreateDispatcher();

    public async ValueTask InitializeAsync()
    {
        await using var db = fixture.Database.CreateContext();
        await db.OutboxMessages.ExecuteDeleteAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_message_added_in_a_transaction_that_rolls_back_is_never_published()
    {
        var rolledBack = await WriteAsync(commit: false);
        var committed = await WriteAsync(commit: true);

        Assert.Equal(1, await DrainAsync(_dispatcher));
        await fixture.Published.WaitForAsync(committed);

        Assert.Equal(0, fixture.Published.CountFor(rolledBack));
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Committing_outbox_messages_wakes_the_dispatcher_and_rolling_back_does_not()
    {
        var signal = fixture.Services.GetRequiredService<OutboxSignal>();
        await signal.WaitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken);

        await WriteAsync(commit: false);
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken));

        await WriteAsync(commit: true);
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_committed_message_is_published_once_with_its_row_id_and_marked_sent()
    {
        var documentId = await WriteAsync(commit: true);

        Assert.Equal(1, await _dispatcher.DispatchBatchAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await _dispatcher.DispatchBatchAsync(TestContext.Current.CancellationToken));
        var later = await WriteAsync(commit: true);
        await DrainAsync(_dispatcher);
        await fixture.Published.WaitForAsync(documentId, later);

        // The queue delivers in publishing order, so a second copy would have arrived before the later message.
        Assert.Equal(1, fixture.Published.CountFor(documentId));
        await using var db = fixture.Database.CreateContext();
        var row = (await db.OutboxMessages.ToListAsync()).Single(m => m.Body.Contains(documentId.ToString()));
        Assert.NotNull(row.SentAt);
        Assert.Equal((1, null), (row.Attempts, row.LastError));
        Assert.Equal(row.Id, fixture.Published.MessageIdFor(documentId));
    }

    [Fact]
    public async Task Two_dispatchers_racing_over_the_table_publish_each_message_once()
    {
        var documentIds = new List<Guid>();
        for (var i = 0; i < 6 * OutboxFixture.BatchSize; i++)
        {
            documentIds.Add(await WriteAsync(commit: true));
        }

        var other = fixture.CreateDispatcher();
        var dispatched = await Task.WhenAll(Task.Run(() => DrainAsync(_dispatcher)), Task.Run(() => DrainAsync(other)));
        var sentinel = await WriteAsync(commit: true);
        await DrainAsync(_dispatcher);
        await fixture.Published.WaitForAsync([.. documentIds, sentinel]);

        Assert.Equal(documentIds.Count, dispatched.Sum());
        Assert.All(documentIds, id => Assert.Equal(1, fixture.Published.CountFor(id)));
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.SentAt == null));
    }

    [Fact]
    public async Task A_message_that_fails_to_publish_counts_attempts_and_keeps_its_error_without_holding_back_others()
    {
        var poisoned = await WritePoisonedAsync();
        var documentId = await WriteAsync(commit: true);

        await _dispatcher.DispatchBatchAsync(TestContext.Current.CancellationToken);
        await _dispatcher.DispatchBatchAsync(TestContext.Current.CancellationToken);
        await fixture.Published.WaitForAsync(documentId);

        await using var db = fixture.Database.CreateContext();
        var failed = await db.OutboxMessages.SingleAsync(m => m.Id == poisoned);
        Assert.Null(failed.SentAt);
        Assert.Equal(2, failed.Attempts);
        Assert.Equal(
            $"Outbox message {poisoned} has unknown type CardProcessor.Contracts.RetiredCommand.",
            failed.LastError);
        Assert.Equal(1, fixture.Published.CountFor(documentId));
    }

    [Fact]
    public async Task A_full_batch_of_messages_that_keep_failing_does_not_hold_back_later_messages()
    {
        for (var i = 0; i < OutboxFixture.BatchSize; i++)
        {
            await WritePoisonedAsync();
        }

        var documentId = await WriteAsync(commit: true);
        for (var i = 0; i < 3; i++)
        {
            await _dispatcher.DispatchBatchAsync(TestContext.Current.CancellationToken);
        }

        await using var db = fixture.Database.CreateContext();
        Assert.NotNull(
            (await db.OutboxMessages.ToListAsync()).Single(m => m.Body.Contains(documentId.ToString())).SentAt);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_left_unsent_with_its_last_error_after_the_maximum_attempts()
    {
        var poisoned = await WritePoisonedAsync();

        for (var i = 0; i < OutboxFixture.MaxAttempts + 2; i++)
        {
            await _dispatcher.DispatchBatchAsync(TestContext.Current.CancellationToken);
        }

        await using var db = fixture.Database.CreateContext();
        var failed = await db.OutboxMessages.SingleAsync(m => m.Id == poisoned);
        Assert.Equal((OutboxFixture.MaxAttempts, (DateTimeOffset?)null), (failed.Attempts, failed.SentAt));
        Assert.NotNull(failed.LastError);
    }

    /// <summary>
    /// Adds a <see cref="ProcessDocument"/> in the application's unit of work; returns its document id.
    /// </summary>
    private async Task<Guid> WriteAsync(bool commit)
    {
        var documentId = Guid.NewGuid();
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AddOutboxMessage(new ProcessDocument(documentId, Guid.NewGuid(), $"sessions/{documentId}.pdf"));
        await db.SaveChangesAsync();
        await (commit ? transaction.CommitAsync() : transaction.RollbackAsync());
        return documentId;
    }

    /// <summary>A row no contract can be read from, as a message type retired by a newer release would be.</summary>
    private async Task<Guid> WritePoisonedAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var row = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = "CardProcessor.Contracts.RetiredCommand",
            Body = "{}",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.OutboxMessages.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private static async Task<int> DrainAsync(OutboxDispatcher dispatcher)
    {
        var total = 0;
        int count;
        while ((count = await dispatcher.DispatchBatchAsync(CancellationToken.None)) > 0)
        {
            total += count;
        }

        return total;
    }
}
