namespace CardProcessor.Processing.Storage;

/// <summary>The single-machine default: blobs as files under one folder.</summary>
internal sealed class LocalFolderDocumentStore(string root) : IDocumentStore
{
    public async Task UploadAsync(
        string blobName,
        Stream content,
        string contentType,
        CancellationToken cancellationToken)
    {
        var path = PathOf(blobName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".partial";
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken)
    {
        var path = PathOf(blobName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Blob '{blobName}' does not exist.", blobName);
        }

        return Task.FromResult<Stream>(File.OpenRead(path));
    }

    public Task DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(blobName));
        return Task.CompletedTask;
    }

    public Task CheckAvailableAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        return Task.CompletedTask;
    }

    private string PathOf(string blobName)
    {
        var full = Path.GetFullPath(Path.Combine(root, blobName));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
        {
            throw new ArgumentException("Blob name escapes the storage folder.", nameof(blobName));
        }

        return full;
    }
}
