using Azure;
using Azure.Core.Pipeline;
using CardProcessor.DocumentIntelligence.Model;
using Microsoft.Extensions.Logging;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>
/// The long-running-operation protocol of one analysis: the analyze POST, polls of its
/// <c>Operation-Location</c> until <c>succeeded</c>, <c>failed</c> or <c>canceled</c>, and the clean-up DELETE.
/// Azure.Core's own helpers for this are internal, and its retry policy already repeats each request on
/// 408, 429 and 5xx, so this loop only reads <c>status</c>.
/// </summary>
internal sealed class AnalyzeOperationRunner(HttpPipeline pipeline, Uri endpoint, TimeSpan minimumPollInterval,
    ILogger logger)
{
    private readonly AnalyzeRequestFactory _requests = new(pipeline, endpoint);

    public async Task<AcceptedAnalysis> StartAsync(string modelId, BinaryData document, AnalyzeDocumentOptions options,
        CancellationToken cancellationToken)
    {
        using var message = _requests.CreateAnalyze(modelId, document, options);
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            throw new RequestFailedException(response, null, ErrorEnvelopeParser.Instance);
        }

        response.Headers.TryGetValue(OperationLocation.HeaderName, out var header);
        var location = OperationLocation.Parse(header, endpoint);
        response.Headers.TryGetValue("apim-request-id", out var requestId);
        DocumentIntelligenceLog.AnalyzeAccepted(logger, modelId, document.ToMemory().Length, location.ResultId,
            requestId);
        return new AcceptedAnalysis(location, ServerDelay.Read(response, DateTimeOffset.UtcNow));
    }

    public async Task<AnalyzeResult> WaitForResultAsync(string modelId, AcceptedAnalysis accepted,
        CancellationToken cancellationToken)
    {
        var delay = PollDelay(accepted.RetryAfter);
        while (true)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            using var message = _requests.CreatePoll(accepted.Location);
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var response = message.Response;
            if (response.IsError)
            {
                throw new RequestFailedException(response, null, ErrorEnvelopeParser.Instance);
            }

            var operation = response.Content.ToObjectFromJson<AnalyzeOperation>(DocumentIntelligenceJson.Options)
                ?? throw new InvalidDataException(
                    $"Document Intelligence answered the poll of {accepted.Location.ResultId} with an empty body.");
            if (IsStatus(operation, AnalyzeOperationStatus.Succeeded))
            {
                return operation.AnalyzeResult
                    ?? throw new InvalidDataException(
                        $"Document Intelligence result {accepted.Location.ResultId} succeeded without an "
                        + $"analyzeResult.");
            }

            if (IsStatus(operation, AnalyzeOperationStatus.Failed)
                || IsStatus(operation, AnalyzeOperationStatus.Canceled))
            {
                DocumentIntelligenceLog.AnalyzeFailed(logger, modelId, accepted.Location.ResultId, operation.Status,
                    operation.Error?.Code, operation.Error?.MostSpecificCode);
                throw new DocumentAnalysisFailedException(modelId, operation.Status, accepted.Location.ResultId,
                    operation.Error);
            }

            delay = PollDelay(ServerDelay.Read(response, DateTimeOffset.UtcNow));
            DocumentIntelligenceLog.AnalyzePending(logger, accepted.Location.ResultId, operation.Status,
                delay.TotalMilliseconds);
        }
    }

    public async Task DeleteResultAsync(OperationLocation location, CancellationToken cancellationToken)
    {
        try
        {
            using var message = _requests.CreateDelete(location);
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (message.Response.IsError)
            {
                throw new RequestFailedException(message.Response, null, ErrorEnvelopeParser.Instance);
            }
        }
        catch (RequestFailedException e)
        {
            // The result is already in hand; the service deletes it after 24 hours anyway.
            DocumentIntelligenceLog.ResultNotDeleted(logger, location.ResultId, e);
        }
    }

    /// <summary>The service's <c>Retry-After</c> when given and longer than the configured minimum.</summary>
    private TimeSpan PollDelay(TimeSpan? retryAfter) =>
        retryAfter is { } serverDelay && serverDelay > minimumPollInterval ? serverDelay : minimumPollInterval;

    // Compared ignoring case, as Azure.Core's operation helper does.
    private static bool IsStatus(AnalyzeOperation operation, string status) =>
        string.Equals(operation.Status, status, StringComparison.OrdinalIgnoreCase);
}
