using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.IssuerStatements;

internal sealed class IssuerStatementReader : IDocumentReader
{
    public void Read(LayoutPage page)
    {
    }

    public ExtractedDocument Complete() => new() { Kind = DocumentKind.Statement, Layout = DocumentLayouts.IssuerStatement };
}
