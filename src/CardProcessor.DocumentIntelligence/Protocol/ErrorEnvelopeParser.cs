using System.Text.Json;
using Azure;
using Azure.Core;
using CardProcessor.DocumentIntelligence.Model;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>
/// Reads the service's error envelope into <see cref="RequestFailedException"/>: <c>ErrorCode</c> is the
/// top-level code (<c>InvalidRequest</c>) and the inner code (<c>InvalidContent</c>) and message go into the
/// exception's <c>Data</c> and message, where Azure.Core's default parser would leave them in the raw body.
/// </summary>
internal sealed class ErrorEnvelopeParser : RequestFailedDetailsParser
{
    public const string InnerErrorCodeKey = "InnerErrorCode";
    public const string InnerErrorMessageKey = "InnerErrorMessage";

    public static ErrorEnvelopeParser Instance { get; } = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        error = null;
        data = null;
        var envelope = TryRead(response);
        if (envelope is null)
        {
            return false;
        }

        error = new ResponseError(envelope.Code, envelope.Message);
        var innerCode = envelope.MostSpecificCode;
        if (innerCode is not null)
        {
            data = new Dictionary<string, string>
            {
                [InnerErrorCodeKey] = innerCode,
                [InnerErrorMessageKey] = envelope.MostSpecificMessage,
            };
        }

        return true;
    }

    /// <summary>The error of a response body, or null when the body is not the service's envelope.</summary>
    public static DocumentIntelligenceError? TryRead(Response response)
    {
        var content = response.Content;
        if (content is null || content.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            var envelope = content.ToObjectFromJson<DocumentIntelligenceErrorResponse>(
                DocumentIntelligenceJson.Options);
            return envelope?.Error is { Code: not null, Message: not null } error ? error : null;
        }
        catch (JsonException)
        {
            // A proxy's HTML error page, or a body cut short: Azure.Core then reports the raw content.
            return null;
        }
    }
}
