namespace CardProcessor.Extraction.Layout;

public enum LayoutSource
{
    PdfTextLayer,
    DocumentIntelligence,
}
