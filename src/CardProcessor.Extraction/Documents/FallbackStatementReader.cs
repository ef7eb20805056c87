using CardProcessor.Extraction.GeneralStatements;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Documents;

/// <summary>
/// Reads a statement with a family's own reader and, beside it, the general reader: a family
/// recognised from a phrase alone (<c>Statement Period</c>) may be wrong about the layout, and a
/// statement it reads nothing from is then read by the general reader instead of passing as empty.
/// </summary>
internal sealed class FallbackStatementReader(IDocumentReader primary) : IDocumentReader
{
    private readonly GeneralStatementReader _general = new();

    public int RowEvidenceCount => _general.RowEvidenceCount;

    public void Read(LayoutPage page)
    {
        primary.Read(page);
        _general.Read(page);
    }

    public ExtractedDocument Complete()
    {
        var document = primary.Complete();
        if (document.Cardholders.Any(c => c.Transactions.Count > 0))
        {
            return document;
        }

        var general = _general.Complete();
        return general.Cardholders.Any(c => c.Transactions.Count > 0) ? general : document;
    }
}
