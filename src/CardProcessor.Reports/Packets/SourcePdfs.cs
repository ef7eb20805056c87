using CardProcessor.Processing.Storage;
using UglyToad.PdfPig;

namespace CardProcessor.Reports.Packets;

/// <summary>
/// The session's stored original PDFs, each fetched once from the document store into a temporary
/// file (PdfPig needs a seekable stream) and kept open while the packets copy pages out of it.
/// </summary>
internal sealed class SourcePdfs(IDocumentStore store, IReadOnlyDictionary<Guid, string> blobNames) : IAsyncDisposable
{
    private readonly Dictionary<Guid, (FileStream File, PdfDocument Pdf)> _open = [];

    public async Task<PdfDocument> GetAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (_open.TryGetValue(documentId, out var opened))
        {
            return opened.Pdf;
        }

        var file = new FileStream(
            Path.GetTempFileName(),
            FileMode.Create,
            FileAccess.ReadWrite,
            FileShare.None,
            64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var blob = await store.OpenReadAsync(blobNames[documentId], cancellationToken))
            {
                await blob.CopyToAsync(file, cancellationToken);
            }

            file.Position = 0;
            var pdf = PdfDocument.Open(file);
            _open.Add(documentId, (file, pdf));
            return pdf;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (file, pdf) in _open.Values)
        {
            pdf.Dispose();
            await file.DisposeAsync();
        }

        _open.Clear();
    }
}
