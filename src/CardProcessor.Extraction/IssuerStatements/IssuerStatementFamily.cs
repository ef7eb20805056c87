using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>Other issuers' corporate card statements: a period, optional account summary, and a table per
/// cardholder.</summary>
internal sealed class IssuerStatementFamily : IDocumentFamily
{
    public DocumentKind Kind => DocumentKind.Statement;

    public string Layout => DocumentLayouts.IssuerStatement;

    public string Description =>
        "a card issuer's statement (\"Statement Period:\", cardholder sections with a transaction table)";

    public bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines) =>
        LineText.AnyContains(firstPageLines, "Statement Period");

    public IDocumentReader CreateReader() => new IssuerStatementReader();
}
