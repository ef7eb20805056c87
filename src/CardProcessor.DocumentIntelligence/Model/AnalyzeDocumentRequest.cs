namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The JSON body of an analyze request: exactly one of the two sources.</summary>
/// <param name="UrlSource">A URL the service downloads the document from.</param>
/// <param name="Base64Source">The document's bytes.</param>
public sealed record AnalyzeDocumentRequest(Uri? UrlSource = null, byte[]? Base64Source = null);
