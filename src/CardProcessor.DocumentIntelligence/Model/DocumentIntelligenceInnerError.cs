using System.Text.Json.Serialization;

namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The more specific reason under an error, e.g. <c>InvalidContent</c> under <c>InvalidRequest</c>.</summary>
public sealed record DocumentIntelligenceInnerError(
    string? Code = null,
    string? Message = null,
    [property: JsonPropertyName("innererror")] DocumentIntelligenceInnerError? InnerError = null);
