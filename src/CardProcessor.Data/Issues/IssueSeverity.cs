namespace CardProcessor.Data.Issues;

public enum IssueSeverity
{
    Info,
    Warning,
    Error,
}
