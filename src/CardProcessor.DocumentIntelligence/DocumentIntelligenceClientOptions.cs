using Azure.Core;

namespace CardProcessor.DocumentIntelligence;

/// <summary>
/// Pipeline options of <see cref="DocumentIntelligenceClient"/>. Retries (408, 429, 500, 502, 503, 504 with
/// exponential back-off, honouring <c>Retry-After</c>), the user agent, logging and tracing come from
/// Azure.Core's <see cref="ClientOptions"/>; this adds what the analyze flow itself needs.
/// </summary>
public sealed class DocumentIntelligenceClientOptions : ClientOptions
{
    /// <summary>The only REST API version this client speaks.</summary>
    public const string ApiVersion = "2024-11-30";

    public DocumentIntelligenceClientOptions()
    {
        // The request id that support asks for; the SDK logs it too.
        Diagnostics.LoggedHeaderNames.Add("apim-request-id");
        Diagnostics.LoggedHeaderNames.Add("Operation-Location");
        Diagnostics.LoggedQueryParameters.Add("stringIndexType");
        Diagnostics.LoggedQueryParameters.Add("pages");
    }

    public string LayoutModelId { get; set; } = DocumentIntelligenceOptions.DefaultLayoutModelId;

    public string ReceiptModelId { get; set; } = DocumentIntelligenceOptions.DefaultReceiptModelId;

    /// <summary>The longest one document may take, from the first request to the final poll.</summary>
    public TimeSpan AnalyzeTimeout { get; set; } = DocumentIntelligenceOptions.DefaultTimeout;

    /// <summary>
    /// The shortest wait between two polls; a longer <c>Retry-After</c> from the service wins. One second, as the
    /// service recommends; tests against the emulator lower it.
    /// </summary>
    public TimeSpan MinimumPollInterval { get; set; } = DocumentIntelligenceOptions.DefaultPollInterval;

    /// <summary>
    /// Deletes the result on the service once read, rather than leaving card data there for its 24 hours of
    /// retention.
    /// </summary>
    public bool DeleteResultAfterRead { get; set; } = true;
}
