using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CardProcessor.Web.DataProtection;

/// <summary>
/// The key ring as one XML blob that every replica reads and appends to. A write names the ETag it read, so two
/// replicas adding a key at the same moment both land: the loser reads again and retries.
/// </summary>
public sealed class BlobXmlRepository(BlobClient blob) : IXmlRepository
{
    private const int Attempts = 10;

    public IReadOnlyCollection<XElement> GetAllElements() => Read().Document.Root!.Elements().ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = Read();
            document.Root!.Add(element);
            using var content = new MemoryStream();
            document.Save(content);
            content.Position = 0;
            var conditions = etag is { } known
                ? new BlobRequestConditions { IfMatch = known }
                : new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                blob.Upload(content, new BlobUploadOptions { Conditions = conditions });
                return;
            }
            catch (RequestFailedException failure) when (failure.Status is 409 or 412 && attempt < Attempts)
            {
                // Another replica wrote first; add ours to what it wrote.
            }
        }
    }

    private (XDocument Document, ETag? ETag) Read()
    {
        try
        {
            var download = blob.DownloadContent();
            return (XDocument.Load(download.Value.Content.ToStream()), download.Value.Details.ETag);
        }
        catch (RequestFailedException failure) when (failure.Status == 404)
        {
            blob.GetParentBlobContainerClient().CreateIfNotExists();
            return (new XDocument(new XElement("repository")), null);
        }
    }
}
