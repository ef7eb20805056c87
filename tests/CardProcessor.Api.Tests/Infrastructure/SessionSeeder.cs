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
/// worker's own writer and validator, into the API's real database. Review tests start from this.
/// </summary>
internal static class SessionSeeder
{
    public static async Task<Guid> SeedAsync(ApiFixture api, string statementPath, string receiptsPath, Guid? parentId = null, Func<ExtractedDocument, ExtractedDocument>? alterStatement = null)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        var statement = Extract(statementPath);
        if (alterStatement is not null)
        {
            statement = alterStatement(statement);
        }

        var now = DateTimeOffset.UtcNow;
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = $"Seeded {Path.GetFileNameWithoutExtension(statementPath)}",
            PeriodStart = statement.PeriodStart!.Value,
            PeriodEnd = statement.PeriodEnd!.Value,
            ParentSessionId = parentId,
            Status = SessionStatus.Processing,
            CreatedBy = "seeder@tests.local",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();

        var writer = new ExtractionWriter(db, TimeProvider.System);
        await WriteAsync(db, writer, session, statementPath, SourceDocumentKind.Statement, statement);
        await WriteAsync(db, writer, session, receiptsPath, SourceDocumentKind.ReceiptReport, Extract(receiptsPath));

        var validator = scope.ServiceProvider.GetRequiredService<SessionValidator>();
        await validator.ValidateAsync(session.Id, new AuditActor("seeder@tests.local", null), CancellationToken.None);
        session.Status = SessionStatus.Review;
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static async Task WriteAsync(CardProcessorDbContext db, ExtractionWriter writer, ProcessingSession session, string path, SourceDocumentKind kind, ExtractedDocument extracted)
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
            Status = DocumentStatus.Extracting,
            UploadedBy = "seeder@tests.local",
            UploadedAt = DateTimeOffset.UtcNow,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await writer.WriteAsync(document, extracted, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static ExtractedDocument Extract(string path)
    {
        using var pdf = File.OpenRead(path);
        return new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
    }
}
