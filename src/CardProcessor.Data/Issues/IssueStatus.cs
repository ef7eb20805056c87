namespace CardProcessor.Data.Issues;

public enum IssueStatus
{
    Open,
    Resolved,
    Waived,
    Reopened,
}
