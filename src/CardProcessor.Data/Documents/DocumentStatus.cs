namespace CardProcessor.Data.Documents;

public enum DocumentStatus
{
    Uploaded,
    Queued,
    Extracting,
    Extracted,
    Failed,
}
