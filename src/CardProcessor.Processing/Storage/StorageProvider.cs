namespace CardProcessor.Processing.Storage;

public enum StorageProvider
{
    AzureBlob,
    LocalFolder,
}
