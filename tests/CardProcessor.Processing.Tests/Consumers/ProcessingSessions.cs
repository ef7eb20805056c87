using System.Security.Cryptography;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Storage;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Consumers;

/// <summary>
/// Sessions as <c>POST /sessions/{id}/process</c> leaves them: Processing, each document queued and its PDF in the blob
/// store.
/// </summary>
internal static class ProcessingSessions
{
    /// <summary>A September 2026 session with one queued document per (fixture, kind).</summary>
    public static async Task<(ProcessingSession Session, IReadOnlyList<SourceDocument> Documents)> QueueAsync(
        ConsumerHost host, params (string Fixture, SourceDocumentKind Kind)[] files)
    {
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = "September 2026",
            PeriodStart = new DateOnly(2026, 9, 1),
            PeriodEnd = new DateOnly(2026, 9, 30),
            CreatedBy = "tests",
        };
        var documents = new List<SourceDocument>();
        foreach (var (fixture, kind) in files)
        {
            var path = TestEnvironment.SharedFixture(fixture);
            var document = new SourceDocument
            {
                Id = Guid.CreateVersion7(),
                SessionId = session.Id,
                Kind = kind,
                FileName = Path.GetFileName(path),
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))),
                BlobName = DocumentBlobs.NameFor(session.Id, Guid.NewGuid()),
                UploadedBy = "tests",
            };
            await using (var pdf = File.OpenRead(path))
            {
                await host.Store.UploadAsync(document.BlobName, pdf, "application/pdf", CancellationToken.None);
            }

            documents.Add(document);
        }

        session.Reach(SessionStatus.Processing, ConsumerHost.Now, [.. documents]);
        await host.WithDbAsync(async db =>
        {
            db.Sessions.Add(session);
            return await db.SaveChangesAsync();
        });
        return (session, documents);
    }

    public static Task<SourceDocument> DocumentAsync(this ConsumerHost host, Guid id) =>
        host.WithDbAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == id));

    public static Task<ProcessingSession> SessionAsync(this ConsumerHost host, Guid id) =>
        host.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

    /// <summary>
    /// Stores <paramref name="extracted"/> for the document with the worker's own writer, as the extraction consumer
    /// does.
    /// </summary>
    public static Task ExtractAsync(this ConsumerHost host, Guid documentId, ExtractedDocument extracted) =>
        host.WithDbAsync(async db =>
        {
            var document = await db.Documents.SingleAsync(d => d.Id == documentId);
            document.StartExtracting();
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new ExtractionWriter(db, TimeProvider.System).WriteAsync(document, extracted, CancellationToken.None);
            await transaction.CommitAsync();
            return document;
        });

    public static Task FailAsync(this ConsumerHost host, Guid documentId, string reason) =>
        host.WithDbAsync(async db =>
        {
            var document = await db.Documents.SingleAsync(d => d.Id == documentId);
            document.StartExtracting();
            document.Fail(reason);
            return await db.SaveChangesAsync();
        });

    public static Task StartExtractingAsync(this ConsumerHost host, Guid documentId) =>
        host.WithDbAsync(async db =>
        {
            (await db.Documents.SingleAsync(d => d.Id == documentId)).StartExtracting();
            return await db.SaveChangesAsync();
        });
}
