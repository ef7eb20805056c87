namespace CardProcessor.Data.Receipts;

public enum MatchStatus
{
    Unmatched,
    Suggested,
    Matched,
    Confirmed,
}
