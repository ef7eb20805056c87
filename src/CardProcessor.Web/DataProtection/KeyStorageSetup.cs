using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CardProcessor.Web.DataProtection;

internal static class KeyStorageSetup
{
    /// <summary>
    /// One application name and one key ring for all replicas, so a cookie written by one pod is read by the next.
    /// Production without a shared store would sign users out at every other request, so it refuses to start.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = configuration.GetSection(KeyStorageOptions.SectionName).Get<KeyStorageOptions>()
            ?? new KeyStorageOptions();
        services.AddDataProtection().SetApplicationName("CardProcessor.Web");
        if (!storage.IsConfigured)
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "DataProtection:ServiceUri or DataProtection:ConnectionString must name the Blob Storage that the "
                    + "web app's replicas share their keys in.");
            }

            return services;
        }

        var container = storage.ServiceUri is { } serviceUri
            ? new BlobServiceClient(serviceUri, new DefaultAzureCredential())
                .GetBlobContainerClient(storage.ContainerName)
            : new BlobContainerClient(storage.ConnectionString, storage.ContainerName);
        var repository = new BlobXmlRepository(container.GetBlobClient(storage.BlobName));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = repository));
        return services;
    }
}
