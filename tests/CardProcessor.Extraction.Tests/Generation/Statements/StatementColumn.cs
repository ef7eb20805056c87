namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>A statement column: what it holds (the ground truth's <c>style.cols</c> name) and its printed
/// header.</summary>
internal sealed record StatementColumn(string Kind, string Header, bool StackHeader)
{
    public bool RightAligned => Kind == "amount";

    public static readonly string[][] Sets =
    [
        ["trans", "post", "ref", "merchant", "amount"],
        ["post", "trans", "merchant", "amount"],
        ["trans", "merchant", "city", "mcc", "amount"],
        ["trans", "post", "merchant", "mcc", "ref", "amount"],
        ["trans", "ref", "merchant", "city", "amount"],
    ];

    private static readonly Dictionary<string, string[]> _headers = new()
    {
        ["trans"] = ["Trans Date", "Tran Date", "Transaction Date"],
        ["post"] = ["Post Date", "Posting Date", "Posted"],
        ["ref"] = ["Reference", "Reference Number", "Ref #"],
        ["merchant"] = ["Merchant", "Description", "Merchant Name"],
        ["city"] = ["City/State", "Location"],
        ["mcc"] = ["MCC", "Category"],
        ["amount"] = ["Amount", "Amount (USD)", "Billing Amount"],
    };

    public static StatementColumn Random(Random random, string kind, bool stackHeaders)
    {
        var header = random.Pick(_headers[kind]);

        // A two-word header cell may wrap: "Trans" over "Date".
        return new StatementColumn(kind, header, stackHeaders && header.Contains(' ', StringComparison.Ordinal)
            && kind != "amount" && random.Next(2) == 0);
    }

    /// <summary>The header's lines: one, or two when stacked.</summary>
    public string[] HeaderLines => StackHeader
        ? [Header[..Header.IndexOf(' ', StringComparison.Ordinal)],
        Header[(Header.IndexOf(' ', StringComparison.Ordinal) + 1)..]] : [Header];
}
