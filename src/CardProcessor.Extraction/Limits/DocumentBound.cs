namespace CardProcessor.Extraction.Limits;

/// <summary>Which of the <see cref="DocumentLimits"/> a document went beyond.</summary>
public enum DocumentBound
{
    FileBytes,
    StreamBytes,
    DocumentBytes,
    OperatorsPerPage,
    Pages,
    Objects,
    NestingDepth,
    PageTime,
    DocumentTime,
    ExtractionMemory,
}
