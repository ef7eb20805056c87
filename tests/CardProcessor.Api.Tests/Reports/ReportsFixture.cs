using CardProcessor.Api.Tests.Infrastructure;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// One API for the report tests with two sessions in Review: the card activity report and receipt
/// images report fixture pair (extracted, stored and validated, originals in Azurite), and a small
/// session of hostile text built row by row.
/// </summary>
public sealed class ReportsFixture : IAsyncLifetime
{
    public const string Statement = "car-2001-001.pdf";
    public const string ReceiptReport = "receipt-images-2001-001.pdf";

    public ApiFixture Api { get; } = new();

    public Guid FixtureSessionId { get; private set; }

    public Guid HostileSessionId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Api.InitializeAsync();
        var started = new DateTimeOffset(2024, 3, 20, 9, 0, 0, TimeSpan.Zero);
        FixtureSessionId = await SessionSeeder.SeedAsync(
            Api, Fixtures.Car(Statement), Fixtures.Car(ReceiptReport), processing: (started, started.AddSeconds(42)));
        await StoreOriginalsAsync(FixtureSessionId);
        HostileSessionId = await HostileSession.SeedAsync(Api.Database);
    }

    public HttpClient ClientFor(params string[] roles) => Api.ClientFor(roles);

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();

    /// <summary>
    /// The seeder names blobs without storing them; the packets copy pages out of the stored originals, so store them.
    /// </summary>
    private async Task StoreOriginalsAsync(Guid sessionId)
    {
        var store = Api.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var db = Api.Database.CreateContext();
        var documents = await db.Documents.Where(d => d.SessionId == sessionId).ToListAsync();
        foreach (var document in documents)
        {
            await using var file = File.OpenRead(Fixtures.Car(document.FileName));
            await store.UploadAsync(document.BlobName, file, "application/pdf", CancellationToken.None);
        }

        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        Assert.Equal(SessionStatus.Review, session.Status);
    }
}
