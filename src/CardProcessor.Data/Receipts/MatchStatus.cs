namespace CardProcessor.Data.Receipts;

public enum MatchStatus
{
    /// <summary>No charge found (yet); the matcher tries again at every validation.</summary>
    Unmatched,

    /// <summary>A weak candidate the matcher proposes; a reviewer confirms or changes it.</summary>
    Suggested,

    /// <summary>Matched automatically with a score above the threshold.</summary>
    Matched,

    /// <summary>Set by a reviewer; the matcher never changes it.</summary>
    Confirmed,

    /// <summary>A reviewer said this receipt pays no charge on the statement; the matcher leaves it alone.</summary>
    Dismissed,
}
