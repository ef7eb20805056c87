namespace CardProcessor.Processing.Storage;

/// <summary>Where uploaded PDFs live: Azure Blob Storage in production, a local folder on a single machine.</summary>
public interface IDocumentStore
{
    Task UploadAsync(string blobName, Stream content, string contentType, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken);

    Task DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Cheap reachability check for the readiness probe.</summary>
    Task CheckAvailableAsync(CancellationToken cancellationToken);
}
