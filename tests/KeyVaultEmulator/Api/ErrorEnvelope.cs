using System.Text.Json.Serialization;

namespace KeyVaultEmulator.Api;

/// <summary>The service's error body: <c>{"error": {"code", "message", "innererror"?: {"code"}}}</c>.</summary>
internal sealed record ErrorEnvelope(ErrorBody Error);

internal sealed record ErrorBody(
    string Code,
    string Message,
    [property: JsonPropertyName("innererror")] InnerError? InnerError = null);

internal sealed record InnerError(string Code);
