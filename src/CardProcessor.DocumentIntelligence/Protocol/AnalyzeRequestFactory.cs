using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using CardProcessor.DocumentIntelligence.Model;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>Builds the three requests of an analysis: the analyze POST, the polls, and the clean-up DELETE.</summary>
internal sealed class AnalyzeRequestFactory
{
    // Per-call classifiers as in the SDK: anything but the one expected status is an error.
    private static readonly StatusCodeClassifier _accepted = new([202]);
    private static readonly StatusCodeClassifier _ok = new([200]);
    private static readonly StatusCodeClassifier _noContent = new([204]);

    private readonly HttpPipeline _pipeline;
    private readonly Uri _modelsRoot;

    public AnalyzeRequestFactory(HttpPipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;

        // An endpoint with or without a trailing slash, or behind a path prefix, gives the same URL.
        _modelsRoot = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/documentintelligence/documentModels/");
    }

    public HttpMessage CreateAnalyze(string modelId, BinaryData document, AnalyzeDocumentOptions options)
    {
        var message = _pipeline.CreateMessage();
        message.ResponseClassifier = _accepted;
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_modelsRoot);
        request.Uri.AppendPath(modelId, true);
        request.Uri.AppendPath(":analyze", false);
        request.Uri.AppendQuery("api-version", DocumentIntelligenceClientOptions.ApiVersion, true);

        // Offsets in UTF-16 code units index .NET strings directly; the service's default counts graphemes.
        request.Uri.AppendQuery("stringIndexType", "utf16CodeUnit", true);
        AppendIfSet(request.Uri, "pages", options.Pages);
        AppendIfSet(request.Uri, "locale", options.Locale);
        AppendListIfSet(request.Uri, "features", options.Features);
        AppendListIfSet(request.Uri, "queryFields", options.QueryFields);
        request.Headers.Add("Accept", "application/json");

        if (options.SendAsBase64Json)
        {
            request.Headers.Add("Content-Type", "application/json");
            var body = new AnalyzeDocumentRequest(Base64Source: document.ToArray());
            request.Content = RequestContent.Create(
                JsonSerializer.SerializeToUtf8Bytes(body, DocumentIntelligenceJson.Options));
        }
        else
        {
            request.Headers.Add("Content-Type", DocumentContentType.Detect(document.ToMemory().Span));
            request.Content = RequestContent.Create(document);
        }

        return message;
    }

    public HttpMessage CreatePoll(OperationLocation operation) => Create(RequestMethod.Get, operation, _ok);

    public HttpMessage CreateDelete(OperationLocation operation) => Create(RequestMethod.Delete, operation, _noContent);

    private HttpMessage Create(RequestMethod method, OperationLocation operation, ResponseClassifier classifier)
    {
        var message = _pipeline.CreateMessage();
        message.ResponseClassifier = classifier;
        message.Request.Method = method;
        message.Request.Uri.Reset(operation.Uri);
        message.Request.Headers.Add("Accept", "application/json");
        return message;
    }

    private static void AppendIfSet(RequestUriBuilder uri, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            uri.AppendQuery(name, value, true);
        }
    }

    private static void AppendListIfSet(RequestUriBuilder uri, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            // Each item escaped, the commas between them not: the service splits on a literal comma.
            uri.AppendQuery(name, string.Join(',', values.Select(Uri.EscapeDataString)), false);
        }
    }
}
