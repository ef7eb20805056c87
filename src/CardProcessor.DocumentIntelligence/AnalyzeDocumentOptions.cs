namespace CardProcessor.DocumentIntelligence;

/// <summary>Per-call choices of an analyze request (the query string and the upload form).</summary>
public sealed record AnalyzeDocumentOptions
{
    /// <summary>1-based pages to analyze, e.g. <c>1-3,5</c>; all pages when null.</summary>
    public string? Pages { get; init; }

    /// <summary>Locale hint, e.g. <c>en-US</c>; the service detects it when null.</summary>
    public string? Locale { get; init; }

    /// <summary>
    /// Add-on features: <c>ocrHighResolution</c>, <c>languages</c>, <c>barcodes</c>, <c>formulas</c>,
    /// <c>keyValuePairs</c>, <c>styleFont</c>, <c>queryFields</c>.
    /// </summary>
    public IReadOnlyList<string>? Features { get; init; }

    /// <summary>Field names to look for; needs the <c>queryFields</c> feature.</summary>
    public IReadOnlyList<string>? QueryFields { get; init; }

    /// <summary>
    /// Sends the document as <c>{"base64Source": …}</c> JSON, as the official SDK does, instead of the raw bytes
    /// (a third smaller, so the default).
    /// </summary>
    public bool SendAsBase64Json { get; init; }
}
