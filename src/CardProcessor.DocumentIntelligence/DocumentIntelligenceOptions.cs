using System.ComponentModel.DataAnnotations;

namespace CardProcessor.DocumentIntelligence;

/// <summary>
/// Configuration of the Document Intelligence connection. Leaving the section out is legal: the service is
/// then not configured (<see cref="IsConfigured"/> is false) and documents that need it end with a reason.
/// </summary>
public sealed class DocumentIntelligenceOptions : IValidatableObject
{
    public const string SectionName = "DocumentIntelligence";

    public const string DefaultLayoutModelId = "prebuilt-layout";
    public const string DefaultReceiptModelId = "prebuilt-receipt";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    // The service's own rule for model ids.
    private const string ModelIdPattern = "^[a-zA-Z0-9][a-zA-Z0-9._~-]{1,63}$";

    /// <summary>The resource endpoint, e.g. <c>https://name.cognitiveservices.azure.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key, a secret: in production it comes from Key Vault
    /// (<c>DocumentIntelligence--ApiKey</c>).</summary>
    public string? ApiKey { get; set; }

    public DocumentIntelligenceAuthentication Authentication { get; set; } = DocumentIntelligenceAuthentication.ApiKey;

    /// <summary>Client id of a user-assigned managed identity; leave empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required]
    [RegularExpression(ModelIdPattern)]
    public string LayoutModelId { get; set; } = DefaultLayoutModelId;

    [Required]
    [RegularExpression(ModelIdPattern)]
    public string ReceiptModelId { get; set; } = DefaultReceiptModelId;

    /// <summary>The longest one document may take, from upload to result.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>The shortest wait between two polls (the service's <c>Retry-After</c> wins when longer).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = DefaultPollInterval;

    /// <summary>Deletes each result on the service once read, instead of leaving it for 24 hours.</summary>
    public bool DeleteResultAfterRead { get; set; } = true;

    public bool IsConfigured => Endpoint is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is null)
        {
            if (!string.IsNullOrEmpty(ApiKey))
            {
                yield return new ValidationResult("An ApiKey is set but no Endpoint: set both or neither.",
                    [nameof(Endpoint)]);
            }

            yield break;
        }

        if (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttps && Endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("The Endpoint must be an absolute http(s) URL.", [nameof(Endpoint)]);
        }

        if (Authentication == DocumentIntelligenceAuthentication.ApiKey && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult("Authentication is ApiKey but no ApiKey is set.", [nameof(ApiKey)]);
        }

        if (Authentication != DocumentIntelligenceAuthentication.ApiKey && Endpoint.Scheme != Uri.UriSchemeHttps)
        {
            // Azure.Core refuses to send a bearer token over plain HTTP; say so at start-up, not on the first scan.
            yield return new ValidationResult("Token authentication needs an https Endpoint.", [nameof(Endpoint)]);
        }
    }

    internal DocumentIntelligenceClientOptions ToClientOptions() => new()
    {
        LayoutModelId = LayoutModelId,
        ReceiptModelId = ReceiptModelId,
        AnalyzeTimeout = Timeout,
        MinimumPollInterval = PollInterval,
        DeleteResultAfterRead = DeleteResultAfterRead,
    };
}
