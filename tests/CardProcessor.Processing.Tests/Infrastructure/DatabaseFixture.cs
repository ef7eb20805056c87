using System.Security.Cryptography;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Tests.Infrastructure;

/// <summary>
/// A test database and the application's core registration over it, with the steps the worker takes
/// for a session: create its documents, write what was extracted from them, validate.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public TestDatabase Database { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ProcessingSettings.For(Database)).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddCardProcessorCore(configuration)
            .BuildServiceProvider();
    }

    /// <summary>
    /// A September 2026 session with an uploaded statement and receipt report, as the API creates them.
    /// </summary>
    public async Task<(Guid SessionId, Guid StatementId, Guid ReceiptReportId)> CreateSessionAsync()
    {
        await using var db = Database.CreateContext();
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = "September 2026",
            PeriodStart = new DateOnly(2026, 9, 1),
            PeriodEnd = new DateOnly(2026, 9, 30),
            CreatedBy = "tests",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        var statement = Upload(session, SourceDocumentKind.Statement, "car-2001-002.pdf");
        var receipts = Upload(session, SourceDocumentKind.ReceiptReport, "receipt-images-2001-002.pdf");
        session.Reach(SessionStatus.Processing, DateTimeOffset.UtcNow, statement, receipts);
        statement.StartExtracting();
        receipts.StartExtracting();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return (session.Id, statement.Id, receipts.Id);
    }

    /// <summary>
    /// Writes <paramref name="extracted"/> for a document in a transaction of its own, as the worker does.
    /// </summary>
    public async Task WriteAsync(Guid documentId, ExtractedDocument extracted)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        var document = await db.Documents.SingleAsync(d => d.Id == documentId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new ExtractionWriter(db, TimeProvider.System).WriteAsync(document, extracted, CancellationToken.None);
        await transaction.CommitAsync();
    }

    /// <summary>Runs validation for a session and saves what it changed.</summary>
    public async Task<ValidationSummary> ValidateAsync(Guid sessionId)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        var summary = await scope.ServiceProvider.GetRequiredService<SessionValidator>()
            .ValidateAsync(sessionId, new AuditActor(SessionValidator.SystemActor, null), CancellationToken.None);
        await db.SaveChangesAsync();
        return summary;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static SourceDocument Upload(ProcessingSession session, SourceDocumentKind kind, string fileName) => new()
    {
        Id = Guid.CreateVersion7(),
        SessionId = session.Id,
        Kind = kind,
        FileName = fileName,
        Sha256 = Convert.ToHexStringLower(
            SHA256.HashData(File.ReadAllBytes(TestEnvironment.SharedFixture($"car/{fileName}")))),
        BlobName = $"{session.Id}/{fileName}",
        UploadedBy = "tests",
        UploadedAt = DateTimeOffset.UtcNow,
    };
}
