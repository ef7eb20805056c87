using System.Text.RegularExpressions;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// The ERP import's layout, column by column, as the accounts-payable import was set up for it (the
/// old desktop tool's file), and the ISO choice: each column's name in order and the pattern of its
/// values.
/// </summary>
internal static class ErpLayout
{
    private const string Digits = @"^\d+$";
    private const string Amount = @"^-?\d+\.\d{2}$";
    private const string AnyText = @"^[\s\S]*$";
    private const string SomeText = @"^\S[\s\S]*$";
    private const string CodeOrEmpty = @"^[\d.]*$";
    private const string Last4 = @"^\d{4}$";
    private const string Month = "(0[1-9]|1[0-2])";
    private const string Day = "(0[1-9]|[12][0-9]|3[01])";

    /// <summary><c>02/12/2024</c>, <c>4968 110124</c>, <c>11/01/2024</c>.</summary>
    public static readonly (string Column, string Pattern)[] Legacy =
    [
        ("Transaction ID", Digits),
        ("Transaction Date", $@"^{Month}/{Day}/\d{{4}}$"),
        ("Transaction Amount", Amount),
        ("Transaction Name", AnyText),
        ("Vendor", "^12332$"),
        ("Invoice #", $@"^\d{{4}} {Month}01\d{{2}}$"),
        ("Invoice Date", $@"^{Month}/01/\d{{4}}$"),
        ("Header Description", SomeText),
        ("Job", CodeOrEmpty),
        ("Phase", CodeOrEmpty),
        ("Cost Type", CodeOrEmpty),
        ("GL Account", CodeOrEmpty),
        ("Item Description", AnyText),
        ("UM", "^LS$"),
        ("Tax", "^XX$"),
        ("Pay Type", "^[12]$"),
        ("Card Holder", SomeText),
        ("Credit Card Number", Last4),
        ("Credit Card Vendor", AnyText),
    ];

    /// <summary><c>2024-02-12</c>, <c>4968110124</c>, <c>2024-11-01</c>.</summary>
    public static readonly (string Column, string Pattern)[] Iso =
    [
        ("Transaction ID", Digits),
        ("Transaction Date", $@"^\d{{4}}-{Month}-{Day}$"),
        ("Transaction Amount", Amount),
        ("Transaction Name", AnyText),
        ("Vendor", "^12332$"),
        ("Invoice #", $@"^\d{{4}}{Month}01\d{{2}}$"),
        ("Invoice Date", $@"^\d{{4}}-{Month}-01$"),
        ("Header Description", SomeText),
        ("Job", CodeOrEmpty),
        ("Phase", CodeOrEmpty),
        ("Cost Type", CodeOrEmpty),
        ("GL Account", CodeOrEmpty),
        ("Item Description", AnyText),
        ("UM", "^LS$"),
        ("Tax", "^XX$"),
        ("Pay Type", "^[12]$"),
        ("Card Holder", SomeText),
        ("Credit Card Number", Last4),
        ("Credit Card Vendor", AnyText),
    ];

    /// <summary>
    /// The file's header is the layout's columns in order, and every field of every line has its column's format.
    /// </summary>
    public static void AssertMatches((string Column, string Pattern)[] layout, byte[] content)
    {
        var csv = CsvTable.Parse(content);

        Assert.Equal(layout.Select(c => c.Column), csv.Headers);
        Assert.NotEmpty(csv.Rows);
        foreach (var row in csv.Rows)
        {
            foreach (var (column, pattern) in layout)
            {
                Assert.True(
                    Regex.IsMatch(row[column], pattern),
                    $"{column} '{row[column]}' is not in the format {pattern}");
            }
        }
    }
}
