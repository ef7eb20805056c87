using System.Security.Cryptography;

namespace CardProcessor.Api.Documents;

/// <summary>
/// An upload spooled to a temporary file while its SHA-256 is computed, so it is read once from the
/// request, checked without holding it in memory, and then streamed to the blob store.
/// </summary>
internal sealed class UploadedFile : IAsyncDisposable
{
    private UploadedFile(string path, long size, string sha256, bool looksLikePdf)
    {
        Path = path;
        Size = size;
        Sha256 = sha256;
        LooksLikePdf = looksLikePdf;
    }

    public string Path { get; }

    public long Size { get; }

    public string Sha256 { get; }

    public bool LooksLikePdf { get; }

    public static async Task<UploadedFile> SpoolAsync(Stream source, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cardprocessor-upload-{Guid.NewGuid():N}.pdf");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[1024];
        var headLength = 0;
        long size = 0;
        await using (
            var target = new FileStream(
                path,
                FileMode.CreateNew,
                FileAccess.Write,
                FileShare.None,
                81920,
                useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
        }

        return new UploadedFile(
            path,
            size,
            Convert.ToHexStringLower(hash.GetHashAndReset()),
            PdfSniffer.LooksLikePdf(head.AsSpan(0, headLength)));
    }

    public FileStream OpenRead() => File.OpenRead(Path);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
