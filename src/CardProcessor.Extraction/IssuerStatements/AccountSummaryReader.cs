using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// Reads the optional account summary: after an <c>Account Summary</c> title, one row per
/// cardholder (name, masked card number, total) and a <c>Statement Total</c> row that ends it.
/// </summary>
internal sealed partial class AccountSummaryReader
{
    private readonly List<AccountSummaryRow> _rows = [];

    public bool Active { get; private set; }

    public bool Seen { get; private set; }

    public IReadOnlyList<AccountSummaryRow> Rows => _rows;

    public decimal? StatementTotal { get; private set; }

    public int? StatementTotalPage { get; private set; }

    /// <summary>Starts the summary at its title; true if the line is the title.</summary>
    public bool TryStart(LayoutLine line)
    {
        if (!TitleRegex().IsMatch(LineText.Normalized(line).Trim()))
        {
            return false;
        }

        Active = true;
        Seen = true;
        return true;
    }

    /// <summary>Reads a line inside the summary; returns false (and ends the summary) at a line that is not part of
    /// it.</summary>
    public bool TryRead(LayoutLine line, int page)
    {
        var text = LineText.Normalized(line).Trim();
        var total = StatementTotalLine.TryRead(text);
        if (total is not null)
        {
            StatementTotal = total;
            StatementTotalPage = page;
            Active = false;
            return true;
        }

        var row = RowRegex().Match(text);
        if (row.Success && AmountParser.TryParse(row.Groups["amount"].Value, out var amount)
            && MaskedCardNumber.LastFour(row.Groups["card"].Value) is { } last4)
        {
            _rows.Add(new AccountSummaryRow(row.Groups["name"].Value.Trim(), last4, amount, page));
            return true;
        }

        // The column headings, or furniture repeated at the top of a page the summary runs onto.
        return HeadingRegex().IsMatch(text);
    }

    public void End() => Active = false;

    [GeneratedRegex(@"^Account\s+Summary:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();

    [GeneratedRegex(
        @"^(?<name>.+?)\s+(?:Card\s+ending\s+in\s+)?(?<card>[Xx*•#][Xx*•#\d\s-]*\d{4}|\d{4})\s+"
            + @"(?<amount>\(?-?\$?-?[\d,]+\.\d{2}\)?(?:-|\s?CR)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RowRegex();

    [GeneratedRegex(@"^(?:Cardholder|Name|Account|Card|Total|Number|Employee|Amount|\s)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRegex();
}
