using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Documents;

/// <summary>
/// Reads one document page by page, keeping only what it has extracted (not the pages), so that
/// a document of any length is read in the memory of one page plus its results.
/// </summary>
internal interface IDocumentReader
{
    /// <summary>Reads the next page that has text.</summary>
    void Read(LayoutPage page);

    /// <summary>The document as read, with its reconciliation findings.</summary>
    ExtractedDocument Complete();
}
