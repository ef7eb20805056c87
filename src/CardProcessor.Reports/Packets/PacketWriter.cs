using System.IO.Compression;
using CardProcessor.Data;
using CardProcessor.Processing.Storage;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Reports.Packets;

/// <summary>
/// The per-card packets: a zip with one PDF per card, the card's statement pages followed by its
/// receipt pages, copied from the stored originals (nothing is re-rendered), in <c>Finished/</c> when
/// the card has no open issue and <c>Unfinished/</c> otherwise. Each PDF is built in memory (a few
/// pages) and goes to the response as soon as its entry is written, so the zip is never held whole.
/// </summary>
public sealed partial class PacketWriter(CardProcessorDbContext db, IDocumentStore store, ILogger<PacketWriter> logger)
{
    public const string ContentType = "application/zip";

    /// <summary>Writes the zip to <paramref name="output"/>; returns the number of PDFs in it.</summary>
    public async Task<int> WriteAsync(Stream output, ReportSession session, CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await SessionCards.LoadAsync(db, session.Id, names, cancellationToken);
        var blobNames = await db.Documents.AsNoTracking()
            .Where(d => d.SessionId == session.Id)
            .ToDictionaryAsync(d => d.Id, d => d.BlobName, cancellationToken);

        var fileNames = new PacketFileNames();
        var packets = cards
            .Select(card => (Card: card, Name: fileNames.For(card)))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        await using var sources = new SourcePdfs(store, blobNames);
        using var buffer = new WriteBehindBuffer();
        var written = 0;
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (card, name) in packets)
            {
                var pdf = await BuildAsync(card, sources, cancellationToken);
                if (pdf is null)
                {
                    continue;
                }

                // PDF streams are compressed already; deflating them again buys little and costs time.
                using (var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open())
                {
                    entry.Write(pdf);
                }

                await buffer.DrainToAsync(output, cancellationToken);
                written++;
            }
        }

        await buffer.DrainToAsync(output, cancellationToken);
        LogWritten(logger, session.Id, written, packets.Count(p => p.Card.IsFinished));
        return written;
    }

    private async Task<byte[]?> BuildAsync(SessionCard card, SourcePdfs sources, CancellationToken cancellationToken)
    {
        using var builder = new PdfDocumentBuilder();
        var pages = 0;
        foreach (var statement in card.Statements)
        {
            var pdf = await sources.GetAsync(statement.DocumentId, cancellationToken);
            foreach (var page in statement.Pages.Distinct().Order())
            {
                pages += CopyPage(builder, pdf, page, statement.DocumentId);
            }
        }

        foreach (var receipts in card.Receipts.GroupBy(r => r.DocumentId))
        {
            var pdf = await sources.GetAsync(receipts.Key, cancellationToken);
            foreach (var page in receipts.Select(r => r.Page).Distinct())
            {
                pages += CopyPage(builder, pdf, page, receipts.Key);
            }
        }

        return pages == 0 ? null : builder.Build();
    }

    private int CopyPage(PdfDocumentBuilder builder, UglyToad.PdfPig.PdfDocument source, int page, Guid documentId)
    {
        if (page < 1 || page > source.NumberOfPages)
        {
            LogPageMissing(logger, documentId, page, source.NumberOfPages);
            return 0;
        }

        builder.AddPage(source, page);
        return 1;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Wrote the packets of session {SessionId}: {Files} PDFs, {Finished} cards finished")]
    private static partial void LogWritten(ILogger logger, Guid sessionId, int files, int finished);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Document {DocumentId} has no page {Page} (it has {PageCount}); the packet leaves it out")]
    private static partial void LogPageMissing(ILogger logger, Guid documentId, int page, int pageCount);
}
