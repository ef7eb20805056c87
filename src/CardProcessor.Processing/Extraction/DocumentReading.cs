using CardProcessor.Extraction.Model;

namespace CardProcessor.Processing.Extraction;

/// <summary>What was read from a document, and how many pages each reader read (the service's cost).</summary>
public sealed record DocumentReading(
    ExtractedDocument Document,
    int PagesReadLocally,
    int PagesReadByDocumentIntelligence)
{
    public string Extractor => (PagesReadLocally, PagesReadByDocumentIntelligence) switch
    {
        (_, 0) => "Local",
        (0, _) => "DocumentIntelligence",
        _ => "Mixed",
    };
}
