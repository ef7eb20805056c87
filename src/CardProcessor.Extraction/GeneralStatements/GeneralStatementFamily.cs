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

    public bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines) =>
        firstPageLines.Count(l => LineShape.Read(l, 0, double.MaxValue) is { StartsWithDate: true, Amounts.Count: > 0 })
        >= MinimumRows;

    public IDocumentReader CreateReader() => new GeneralStatementReader();
}
