using CardProcessor.Processing.Storage;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Api.Documents;

/// <summary>Copies one page of a stored PDF into a PDF of its own.</summary>
internal static class PageCopy
{
    public static async Task<byte[]> ExtractAsync(
        IDocumentStore store, string blobName, int page, CancellationToken cancellationToken)
    {
        // A document can be tens of megabytes: spool it to disk rather than hold it twice in memory.
        var workFile = Path.Combine(Path.GetTempPath(), $"cardprocessor-page-{Guid.NewGuid():N}.pdf");
        try
        {
            await using (var source = await store.OpenReadAsync(blobName, cancellationToken))
            await using (var target = File.Create(workFile))
            {
                await source.CopyToAsync(target, cancellationToken);
            }

            using var pdf = PdfDocument.Open(workFile);
            using var builder = new PdfDocumentBuilder();
            builder.AddPage(pdf, page);
            return builder.Build();
        }
        finally
        {
            File.Delete(workFile);
        }
    }
}
