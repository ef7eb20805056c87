using System.Text.RegularExpressions;
using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// Any statement no other family recognises whose page shows a transaction table: lines that
/// start with a date and carry an amount. Tried last, so every known family keeps its reader.
/// </summary>
internal sealed class GeneralStatementFamily : IDocumentFamily
{
    private const int MinimumRows = 2;

    public DocumentKind Kind => DocumentKind.Statement;

    public string Layout => DocumentLayouts.GeneralStatement;

    public string Description =>
        "a statement of another layout (a table whose lines start with a date and end with an amount)";

    // Documents that also print dated rows with amounts but say they are something else.
    private static readonly Regex OtherDocument = new(
        @"\b(INVOICE|PURCHASE ORDER|QUOTATION|PACKING SLIP|DELIVERY NOTE|CREDIT NOTE)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex StatementWord = new(
        @"\bSTATEMENT\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines) =>
        firstPageLines.Count(l => LineShape.Read(l, 0, double.MaxValue) is { StartsWithDate: true, Amounts.Count: > 0 })
        >= MinimumRows
        && !NamesAnotherDocument(firstPageLines);

    /// <summary>
    /// An invoice's line items look like a statement's rows; a page that calls itself an invoice (or an
    /// order, a quotation...) and never a statement is that document, not a statement of a new layout.
    /// </summary>
    private static bool NamesAnotherDocument(IReadOnlyList<LayoutLine> lines) =>
        lines.Any(l => OtherDocument.IsMatch(l.Text)) && !lines.Any(l => StatementWord.IsMatch(l.Text));

    public IDocumentReader CreateReader() => new GeneralStatementReader();
}
