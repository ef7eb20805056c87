using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CardProcessor.DocumentIntelligence;

/// <summary>
/// Hands out the configured client, or says that Document Intelligence is not configured: a consumer can ask
/// before it needs the service instead of failing when it is resolved.
/// </summary>
public sealed class DocumentIntelligenceClientProvider
{
    private readonly DocumentIntelligenceOptions _options;
    private readonly Lazy<DocumentIntelligenceClient>? _client;

    public DocumentIntelligenceClientProvider(
        IOptions<DocumentIntelligenceOptions> options,
        ILogger<DocumentIntelligenceClient> logger,
        Action<DocumentIntelligenceClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (_options.IsConfigured)
        {
            _client = new Lazy<DocumentIntelligenceClient>(() => Create(_options, logger, configureClient));
        }
    }

    public bool IsConfigured => _client is not null;

    public bool TryGetClient([NotNullWhen(true)] out DocumentIntelligenceClient? client)
    {
        client = _client?.Value;
        return client is not null;
    }

    /// <exception cref="InvalidOperationException">Document Intelligence is not configured.</exception>
    public DocumentIntelligenceClient GetClient() =>
        _client?.Value ?? throw new InvalidOperationException(
            $"Document Intelligence is not configured: set "
                + $"{DocumentIntelligenceOptions.SectionName}:{nameof(DocumentIntelligenceOptions.Endpoint)} and a "
                + $"credential.");

    private static DocumentIntelligenceClient Create(
        DocumentIntelligenceOptions options,
        ILogger<DocumentIntelligenceClient> logger,
        Action<DocumentIntelligenceClientOptions>? configureClient)
    {
        var clientOptions = options.ToClientOptions();
        configureClient?.Invoke(clientOptions);
        var endpoint = options.Endpoint!;
        return options.Authentication == DocumentIntelligenceAuthentication.ApiKey
            ? new DocumentIntelligenceClient(endpoint, new AzureKeyCredential(options.ApiKey!), clientOptions, logger)
            : new DocumentIntelligenceClient(endpoint, CreateTokenCredential(options), clientOptions, logger);
    }

    private static TokenCredential CreateTokenCredential(DocumentIntelligenceOptions options) =>
        options.Authentication switch
    {
        DocumentIntelligenceAuthentication.WorkloadIdentity => new WorkloadIdentityCredential(),
        DocumentIntelligenceAuthentication.ManagedIdentity => new ManagedIdentityCredential(
            string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
        DocumentIntelligenceAuthentication.DefaultAzureCredential => new DefaultAzureCredential(),
        _ => throw new InvalidOperationException($"{options.Authentication} is not a token authentication."),
    };
}
