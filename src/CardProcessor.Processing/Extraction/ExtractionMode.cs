namespace CardProcessor.Processing.Extraction;

public enum ExtractionMode
{
    /// <summary>Text pages locally, pages with no text layer to Document Intelligence.</summary>
    Auto,

    /// <summary>Only the PDF text layer; a scan fails with a clear reason.</summary>
    Local,

    /// <summary>Every page through Document Intelligence.</summary>
    DocumentIntelligence,
}
