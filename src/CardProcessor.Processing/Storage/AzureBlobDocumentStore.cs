using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CardProcessor.Processing.Storage;

internal sealed class AzureBlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    private bool _containerReady;

    public async Task UploadAsync(
        string blobName,
        Stream content,
        string contentType,
        CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await container.GetBlobClient(blobName).UploadAsync(content, options, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) =>
        await container.GetBlobClient(blobName).OpenReadAsync(cancellationToken: cancellationToken);

    public async Task DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken) =>
        await container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async Task CheckAvailableAsync(CancellationToken cancellationToken)
    {
        _containerReady = false;
        await EnsureContainerAsync(cancellationToken);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerReady = true;
    }
}
