namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// The words statements print over their transaction columns, in any language of layout: enough
/// to tell a header line from a description, a posting date from a transaction date, and a credit
/// column from a debit column. The columns themselves are found from the rows, not from these.
/// </summary>
internal static class ColumnWords
{
    private static readonly HashSet<string> _headerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "DATE", "DATES", "TRANSACTION", "TRANS", "TRAN", "TXN", "POSTING", "POSTED", "POST", "ACTIVITY",
        "DESCRIPTION", "DETAILS", "DETAIL", "MERCHANT", "AMOUNT", "AMOUNT($)", "AMOUNT ($)", "($)", "$",
        "REFERENCE", "REF", "REF.", "NO.", "NUMBER", "CREDIT", "CREDITS", "DEBIT", "DEBITS", "CHARGES",
        "PAYMENTS", "IN", "OUT", "CURRENCY", "USD", "CAD", "EUR", "GBP", "INR", "AUD", "NAME", "OF", "&", "AND",
    };

    /// <summary>Whether a text line is a column header: most of its words are header words.</summary>
    public static bool IsHeader(IReadOnlyList<string> words) => IsHeader(words, requireKeyWord: true);

    /// <summary>
    /// Whether a text line is a column header; the upper line of a two-line header
    /// (<c>TRANSACTION POSTING</c>) need not name a date or an amount itself.
    /// </summary>
    public static bool IsHeader(IReadOnlyList<string> words, bool requireKeyWord) =>
        words.Count > 0
        && words.Count(IsHeaderWord) >= Math.Max(1, 0.6 * words.Count)
        && (!requireKeyWord || words.Any(IsKeyWord));

    public static bool SaysPosting(string text) => text.Contains("POST", StringComparison.OrdinalIgnoreCase);

    public static bool SaysCredit(string text) =>
        text.Contains("CREDIT", StringComparison.OrdinalIgnoreCase)
        || text.Contains("PAYMENT", StringComparison.OrdinalIgnoreCase);

    public static bool SaysDebit(string text) =>
        text.Contains("DEBIT", StringComparison.OrdinalIgnoreCase)
        || text.Contains("CHARGE", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeaderWord(string word) => _headerWords.Contains(word.Trim(':', '.'));

    private static bool IsKeyWord(string word) =>
        word.Contains("DATE", StringComparison.OrdinalIgnoreCase)
        || word.Contains("AMOUNT", StringComparison.OrdinalIgnoreCase)
        || word.Contains("DESCRIPTION", StringComparison.OrdinalIgnoreCase)
        || word.Contains("DEBIT", StringComparison.OrdinalIgnoreCase)
        || word.Contains("CREDIT", StringComparison.OrdinalIgnoreCase);
}
