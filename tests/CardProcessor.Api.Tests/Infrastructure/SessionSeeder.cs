using System.Security.Cryptography;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Api.Tests.Infrastructure;

/// <summary>
/// A session in Review without a worker: the fixture PDFs are extracted here and stored with the
/// worker's own writer and validator, into the API's real database, the session and its documents
/// taken through the states a worker takes them. Review tests start from this.
/// </summary>
internal static class SessionSeeder
{
    /// <param name="api">The API whose database and services to use.</param>
    /// <param name="statementPath">The statement PDF.</param>
    /// <param name="receiptsPath">The receipt report PDF.</param>
    /// <param name="parentId">The session this one re-runs, if any.</param>
    /// <param name="alterStatement">Changes what was extracted from the statement before it is stored.</param>
    /// <param name="processing">When processing started and completed (default: now).</param>
    public static async Task<Guid> SeedAsync(
        ApiFixture api,
        string statementPath,
        string receiptsPath,
        Guid? parentId = null,
        Func<ExtractedDocument, ExtractedDocument>? alterStatement = null,
        (DateTimeOffset Started, DateTimeOffset Completed)? processing = null)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        var statement = Extract(statementPath);
        if (alterStatement is not null)
        {
            statement = alterStatement(statement);
        }

        var now = DateTimeOffset.UtcNow;
        var (started, completed) = processing ?? (now, now);
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = $"Seeded {Path.GetFileNameWithoutExtension(statementPath)}",
            PeriodStart = statement.PeriodStart!.Value,
            PeriodEnd = statement.PeriodEnd!.Value,
            ParentSessionId = parentId,
            CreatedBy = "seeder@tests.local",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var documents = new[]
        {
            (Document: await UploadAsync(session, statementPath, SourceDocumentKind.Statement), Extracted: statement),
            (
                Document: await UploadAsync(session, receiptsPath, SourceDocumentKind.ReceiptReport),
                Extracted: Extract(receiptsPath)),
        };
        session.StartProcessing(started);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();

        var writer = new ExtractionWriter(db, TimeProvider.System);
        foreach (var (document, extracted) in documents)
        {
            document.StartExtracting();
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await writer.WriteAsync(document, extracted, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var validator = scope.ServiceProvider.GetRequiredService<SessionValidator>();
        await validator.ValidateAsync(session.Id, new AuditActor("seeder@tests.local", null), CancellationToken.None);
        session.CompleteProcessing(anyDocumentExtracted: true, completed);
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static async Task<SourceDocument> UploadAsync(
        ProcessingSession session,
        string path,
        SourceDocumentKind kind)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        var document = new SourceDocument
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            Kind = kind,
            FileName = Path.GetFileName(path),
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            BlobName = $"seeded/{Guid.NewGuid():N}.pdf",
            UploadedBy = "seeder@tests.local",
            UploadedAt = DateTimeOffset.UtcNow,
        };
        session.Documents.Add(document);
        return document;
    }

    private static ExtractedDocument Extract(string path)
    {
        using var pdf = File.OpenRead(path);
        return new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
    }
}
