namespace CardProcessor.Processing.Extraction;

/// <summary>A document has pages with no text layer and no OCR service may read them.</summary>
public sealed class DocumentNeedsOcrException(string message) : Exception(message);
