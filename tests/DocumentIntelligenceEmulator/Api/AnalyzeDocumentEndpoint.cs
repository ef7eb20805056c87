using System.Globalization;
using System.Text.RegularExpressions;
using CardProcessor.Extraction;
using DocumentIntelligenceEmulator.Analysis;
using DocumentIntelligenceEmulator.Diagnostics;
using DocumentIntelligenceEmulator.Faults;
using DocumentIntelligenceEmulator.Operations;

namespace DocumentIntelligenceEmulator.Api;

/// <summary><c>POST /documentModels/{modelId}:analyze</c>: accepts the document and answers 202 with where to
/// poll.</summary>
internal static partial class AnalyzeDocumentEndpoint
{
    public static async Task<IResult> HandleAsync(string modelId, HttpRequest request,
        [AsParameters] AnalyzeServices services, CancellationToken cancellationToken)
    {
        var settings = services.Options.Value;
        FaultScript script;
        try
        {
            script = FaultScript.Parse(request.Headers[FaultScript.HeaderName].FirstOrDefault() ?? settings.Faults);
        }
        catch (FormatException e)
        {
            return ServiceErrors.InvalidRequest($"{FaultScript.HeaderName}: {e.Message}");
        }

        var retryAfter = script.RetryAfterSeconds ?? settings.RetryAfterSeconds;
        if (script.Analyze is { } fault)
        {
            // Retries of one call share its client request id; without one, all calls with this script share a count.
            var call = request.Headers["x-ms-client-request-id"].FirstOrDefault() ?? "script:"
                + request.Headers[FaultScript.HeaderName];
            var attempt = services.Attempts.Next(call);
            if (attempt <= fault.Times)
            {
                EmulatorLog.FaultInjected(services.Logger, fault.StatusCode, request.Method, request.Path, attempt);
                return ServiceErrors.Transient(fault.StatusCode, retryAfter);
            }
        }

        var stringIndexType = request.Query["stringIndexType"].FirstOrDefault() ?? StringIndexMap.TextElements;
        if (!StringIndexMap.IsKnown(stringIndexType))
        {
            return ServiceErrors.InvalidParameter(
                $"stringIndexType '{stringIndexType}' is not textElements, unicodeCodePoint or utf16CodeUnit.");
        }

        var pages = request.Query["pages"].FirstOrDefault();
        if (pages is not null && !PagesRegex().IsMatch(pages))
        {
            return ServiceErrors.InvalidParameter($"pages '{pages}' is not a page range such as 1-3,5.");
        }

        var (document, error) = await AnalyzeRequestBody.ReadAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var format = DocumentFormats.Detect(document);
        if (format == DocumentFormat.Unknown)
        {
            return ServiceErrors.InvalidContent();
        }

        if (!services.Analyzer.Knows(modelId, document!))
        {
            return ServiceErrors.ModelNotFound(modelId);
        }

        var resultId = Guid.NewGuid().ToString();
        AnalysisOutcome outcome;
        try
        {
            outcome = services.Analyzer.Analyze(modelId, document!, format, PageFilter(pages), stringIndexType,
                resultId);
        }
        catch (UnreadablePdfException)
        {
            return ServiceErrors.InvalidContent();
        }

        var operation = new EmulatedOperation(
            resultId, modelId, script, script.RunningPolls ?? settings.RunningPolls, retryAfter,
                services.Time.GetUtcNow(), outcome.Result, outcome.Error);
        services.Operations.Add(operation);
        EmulatorLog.Accepted(services.Logger, modelId, document!.Length, resultId, outcome.Source);

        var location = $"{request.Scheme}://{request.Host}{request.PathBase}/documentintelligence/documentModels/"
            + $"{Uri.EscapeDataString(modelId)}/analyzeResults/{resultId}"
            + $"?api-version={DocumentIntelligenceApi.ApiVersion}";
        return new HeaderResult(
            new HeaderResult(TypedResults.StatusCode(StatusCodes.Status202Accepted), "Operation-Location", location),
            "Retry-After",
            retryAfter.ToString(CultureInfo.InvariantCulture));
    }

    private static Func<int, bool>? PageFilter(string? pages)
    {
        if (pages is null)
        {
            return null;
        }

        var ranges = pages.Split(',', StringSplitOptions.TrimEntries)
            .Select(range => range.Split('-'))
            .Select(bounds =>
                (From: int.Parse(bounds[0], CultureInfo.InvariantCulture),
                To: int.Parse(bounds[^1], CultureInfo.InvariantCulture)))
            .ToList();
        return number => ranges.Any(range => number >= range.From && number <= range.To);
    }

    [GeneratedRegex(@"^(\d+(-\d+)?)(,\s*(\d+(-\d+)?))*$")]
    private static partial Regex PagesRegex();
}
