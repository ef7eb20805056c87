using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Storage;

public static class StorageRegistration
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IDocumentStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.LocalFolder => new LocalFolderDocumentStore(Path.GetFullPath(options.LocalPath)),
                _ => new AzureBlobDocumentStore(CreateContainerClient(options)),
            };
        });
        return services;
    }

    private static BlobContainerClient CreateContainerClient(StorageOptions options)
    {
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.ServiceUri, new DefaultAzureCredential())
            : new BlobServiceClient(options.ConnectionString);
        return service.GetBlobContainerClient(options.ContainerName);
    }
}
