using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using CardProcessor.DocumentIntelligence.Layout;
using CardProcessor.DocumentIntelligence.Model;
using CardProcessor.DocumentIntelligence.Protocol;
using CardProcessor.DocumentIntelligence.Receipts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CardProcessor.DocumentIntelligence;

/// <summary>
/// Azure AI Document Intelligence (REST API 2024-11-30): uploads a document, polls the long-running analysis
/// until it ends, and returns the typed result. Thread-safe; keep one per endpoint.
/// </summary>
public sealed partial class DocumentIntelligenceClient
{
    /// <summary>The Entra ID scope of Cognitive Services tokens.</summary>
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    private readonly AnalyzeOperationRunner _operations;
    private readonly DocumentIntelligenceClientOptions _options;
    private readonly ILogger _logger;

    /// <summary>A client that authenticates with the resource key.</summary>
    public DocumentIntelligenceClient(
        Uri endpoint,
        AzureKeyCredential credential,
        DocumentIntelligenceClientOptions? options = null,
        ILogger<DocumentIntelligenceClient>? logger = null)
        : this(endpoint, new SubscriptionKeyPolicy(credential ?? throw new ArgumentNullException(nameof(credential))),
            options, logger)
    {
    }

    /// <summary>A client that authenticates with Entra ID tokens; the endpoint must be https.</summary>
    public DocumentIntelligenceClient(
        Uri endpoint,
        TokenCredential credential,
        DocumentIntelligenceClientOptions? options = null,
        ILogger<DocumentIntelligenceClient>? logger = null)
        : this(endpoint,
            new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)),
            TokenScope), options, logger)
    {
    }

    private DocumentIntelligenceClient(Uri endpoint, HttpPipelinePolicy authentication,
        DocumentIntelligenceClientOptions? options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The endpoint must be an absolute URL.", nameof(endpoint));
        }

        Endpoint = endpoint;
        _options = options ?? new DocumentIntelligenceClientOptions();
        var pipelineOptions = new HttpPipelineOptions(_options)
        {
            ResponseClassifier = new ResponseClassifier(),
            RequestFailedDetailsParser = ErrorEnvelopeParser.Instance,
        };
        pipelineOptions.PerRetryPolicies.Add(authentication);
        _logger = logger ?? NullLogger.Instance;
        _operations = new AnalyzeOperationRunner(HttpPipelineBuilder.Build(pipelineOptions), endpoint,
            _options.MinimumPollInterval, _logger);
    }

    public Uri Endpoint { get; }

    /// <summary>
    /// Reads a PDF or image with the layout model and returns its pages as the statement parsers take them.
    /// </summary>
    /// <param name="pages">1-based pages to read, e.g. <c>2-3,5</c> for the scanned pages only; all when null.</param>
    /// <exception cref="RequestFailedException">The service refused the request (4xx) or kept failing (5xx,
    /// 429).</exception>
    /// <exception cref="DocumentAnalysisFailedException">The analysis ended <c>failed</c> or
    /// <c>canceled</c>.</exception>
    /// <exception cref="TimeoutException">The analysis took longer than <see
    /// cref="DocumentIntelligenceClientOptions.AnalyzeTimeout"/>.</exception>
    public async Task<LayoutAnalysis> AnalyzeLayoutAsync(Stream document, string? pages = null,
        CancellationToken cancellationToken = default)
    {
        var content = await ReadAsync(document, cancellationToken).ConfigureAwait(false);
        var result = await AnalyzeDocumentAsync(_options.LayoutModelId, content,
            new AnalyzeDocumentOptions { Pages = pages }, cancellationToken)
            .ConfigureAwait(false);
        return new LayoutAnalysis(LayoutPageConverter.ToLayoutPages(result), result);
    }

    /// <summary>
    /// Reads a receipt photo or PDF with the receipt model: one entry per receipt found (a photo can hold
    /// several), none when the model found no receipt.
    /// </summary>
    /// <exception cref="RequestFailedException">The service refused the request (4xx) or kept failing (5xx,
    /// 429).</exception>
    /// <exception cref="DocumentAnalysisFailedException">The analysis ended <c>failed</c> or
    /// <c>canceled</c>.</exception>
    /// <exception cref="TimeoutException">The analysis took longer than <see
    /// cref="DocumentIntelligenceClientOptions.AnalyzeTimeout"/>.</exception>
    public async Task<IReadOnlyList<ReceiptAnalysis>> AnalyzeReceiptAsync(Stream document,
        CancellationToken cancellationToken = default)
    {
        var content = await ReadAsync(document, cancellationToken).ConfigureAwait(false);
        var result = await AnalyzeDocumentAsync(_options.ReceiptModelId, content, null, cancellationToken)
            .ConfigureAwait(false);
        return ReceiptResultMapper.Map(result);
    }

    /// <summary>Analyzes a document with any model and returns the service's full result.</summary>
    /// <exception cref="RequestFailedException">The service refused the request (4xx) or kept failing (5xx,
    /// 429).</exception>
    /// <exception cref="DocumentAnalysisFailedException">The analysis ended <c>failed</c> or
    /// <c>canceled</c>.</exception>
    /// <exception cref="TimeoutException">The analysis took longer than <see
    /// cref="DocumentIntelligenceClientOptions.AnalyzeTimeout"/>.</exception>
    public async Task<AnalyzeResult> AnalyzeDocumentAsync(
        string modelId,
        BinaryData document,
        AnalyzeDocumentOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        if (!ModelIdRegex().IsMatch(modelId))
        {
            throw new ArgumentException($"'{modelId}' is not a model id the service accepts.", nameof(modelId));
        }

        options ??= new AnalyzeDocumentOptions();
        if (options.Pages is not null && !PagesRegex().IsMatch(options.Pages))
        {
            throw new ArgumentException($"'{options.Pages}' is not a page range such as 1-3,5.", nameof(options));
        }

        var started = Stopwatch.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.AnalyzeTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var operation = await _operations.StartAsync(modelId, document, options, linked.Token)
                .ConfigureAwait(false);
            var result = await _operations.WaitForResultAsync(modelId, operation, linked.Token).ConfigureAwait(false);
            DocumentIntelligenceLog.AnalyzeSucceeded(_logger, modelId, operation.Location.ResultId, result.Pages.Count,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (_options.DeleteResultAfterRead)
            {
                // Outside the timeout: the result is in hand, and a slow clean-up must not turn it into a failure.
                await _operations.DeleteResultAsync(operation.Location, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested)
        {
            DocumentIntelligenceLog.AnalyzeTimedOut(_logger, modelId, _options.AnalyzeTimeout);
            throw new TimeoutException(
                $"Document Intelligence did not finish analyzing with model {modelId} within "
                + $"{_options.AnalyzeTimeout}.", e);
        }
    }

    private static async Task<BinaryData> ReadAsync(Stream document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        // Buffered once so that Azure.Core can resend the same bytes on a retry.
        return await BinaryData.FromStreamAsync(document, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("^[a-zA-Z0-9][a-zA-Z0-9._~-]{1,63}$")]
    private static partial Regex ModelIdRegex();

    [GeneratedRegex(@"^(\d+(-\d+)?)(,\s*(\d+(-\d+)?))*$")]
    private static partial Regex PagesRegex();
}
