namespace CardProcessor.Web.DataProtection;

/// <summary>
/// Where the replicas share their data protection keys (which encrypt the sign-in cookie and antiforgery tokens):
/// one blob in Azure Blob Storage, reached with a connection string (Azurite locally) or with the pod's workload
/// identity at <see cref="ServiceUri"/>. Required in Production; locally the keys stay in the user's profile.
/// </summary>
public sealed class KeyStorageOptions
{
    public const string SectionName = "DataProtection";

    public string? ConnectionString { get; set; }

    public Uri? ServiceUri { get; set; }

    public string ContainerName { get; set; } = "dataprotection";

    public string BlobName { get; set; } = "cardprocessor-web/keys.xml";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || ServiceUri is not null;
}
