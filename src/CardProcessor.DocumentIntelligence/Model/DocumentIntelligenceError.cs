using System.Text.Json.Serialization;

namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The service's error: the <c>error</c> of an error response or of a failed operation.</summary>
public sealed record DocumentIntelligenceError(
    string Code,
    string Message,
    string? Target = null,
    IReadOnlyList<DocumentIntelligenceError>? Details = null,
    [property: JsonPropertyName("innererror")] DocumentIntelligenceInnerError? InnerError = null)
{
    /// <summary>
    /// The most specific code the service gave: the deepest <c>innererror</c> code, else the first detail's
    /// code, else null.
    /// </summary>
    [JsonIgnore]
    public string? MostSpecificCode
    {
        get
        {
            string? code = null;
            for (var inner = InnerError; inner is not null; inner = inner.InnerError)
            {
                code = inner.Code ?? code;
            }

            return code ?? (Details is [var first, ..] ? first.Code : null);
        }
    }

    /// <summary>The message that goes with <see cref="MostSpecificCode"/>, else the top-level message.</summary>
    [JsonIgnore]
    public string MostSpecificMessage
    {
        get
        {
            string? message = null;
            for (var inner = InnerError; inner is not null; inner = inner.InnerError)
            {
                message = inner.Message ?? message;
            }

            return message ?? (Details is [var first, ..] ? first.Message : Message);
        }
    }
}
