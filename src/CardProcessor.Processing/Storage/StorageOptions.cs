using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Processing.Storage;

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.AzureBlob;

    /// <summary>
    /// A storage connection string (Azurite, or a key-based account). Takes precedence over <see cref="ServiceUri"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob service endpoint, used with workload identity on AKS.</summary>
    public Uri? ServiceUri { get; set; }

    [
        Required,
        RegularExpression(
            "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$",
            ErrorMessage = "Not a valid blob container name.")]
    public string ContainerName { get; set; } = "documents";

    /// <summary>Folder for <see cref="StorageProvider.LocalFolder"/>.</summary>
    public string LocalPath { get; set; } = ".local/blobs";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.AzureBlob && string.IsNullOrWhiteSpace(ConnectionString) && ServiceUri is null)
        {
            yield return new ValidationResult(
                "Storage:ConnectionString or Storage:ServiceUri is required for the AzureBlob provider.",
                [nameof(ConnectionString), nameof(ServiceUri)]);
        }
    }
}
