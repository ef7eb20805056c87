using CardProcessor.Data;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Tests.Progress;

/// <summary>Pages done are written as they are read, and a failed write never costs the extraction.</summary>
public sealed class DocumentProgressTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Pages_are_written_while_the_document_is_still_being_read()
    {
        var (_, statementId, _) = await fixture.CreateSessionAsync();
        await using var services = Services(fixture.Database.ConnectionString);
        var progress = new DocumentProgress(services.GetRequiredService<IServiceScopeFactory>());

        var seen = new List<int>();
        await using (var tracker = progress.Track(statementId))
        {
            foreach (var page in new[] { 1, 2, 3 })
            {
                tracker.Report(page);
                seen.Add(await WaitForPagesDoneAsync(statementId, page));
            }
        }

        Assert.Equal([1, 2, 3], seen);
    }

    [Fact]
    public async Task A_write_that_fails_is_skipped_and_the_tracker_finishes_without_an_error()
    {
        // Nothing listens on port 1: every write fails the way it does while PostgreSQL restarts.
        await using var services = Services("Host=127.0.0.1;Port=1;Username=x;Password=x;Database=x;Timeout=1");
        var progress = new DocumentProgress(services.GetRequiredService<IServiceScopeFactory>());
        var tracker = progress.Track(Guid.NewGuid());

        tracker.Report(5);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (tracker.WriteFailures < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(tracker.WriteFailures >= 2, "the tracker should keep trying after a failed write");
        await tracker.DisposeAsync();
    }

    private async Task<int> WaitForPagesDoneAsync(Guid documentId, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            await using var db = fixture.Database.CreateContext();
            var done = await db.Documents.Where(d => d.Id == documentId).Select(d => d.PagesDone).SingleAsync();
            if (done == expected || DateTime.UtcNow > deadline)
            {
                return done;
            }

            await Task.Delay(100);
        }
    }

    private static ServiceProvider Services(string connectionString) => new ServiceCollection()
        .AddDbContext<CardProcessorDbContext>(options => CardProcessorDatabase.Configure(options, connectionString))
        .BuildServiceProvider();
}
