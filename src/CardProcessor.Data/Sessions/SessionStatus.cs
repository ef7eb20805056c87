namespace CardProcessor.Data.Sessions;

public enum SessionStatus
{
    Draft,
    Processing,
    Review,
    Approved,
    Failed,
}
