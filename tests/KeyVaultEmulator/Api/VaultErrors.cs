using Microsoft.AspNetCore.Http.HttpResults;

namespace KeyVaultEmulator.Api;

/// <summary>
/// The service's error responses. Codes are the service's; the messages of 401 without a token, 404 and 403 are
/// the service's wording, the others say the same thing in the emulator's words.
/// </summary>
internal static class VaultErrors
{
    public static JsonHttpResult<ErrorEnvelope> MissingToken() =>
        Envelope(StatusCodes.Status401Unauthorized, "Unauthorized",
            "AKV10000: Request is missing a Bearer or PoP token.");

    public static JsonHttpResult<ErrorEnvelope> InvalidToken(string reason) =>
        Envelope(StatusCodes.Status401Unauthorized, "Unauthorized", reason);

    public static JsonHttpResult<ErrorEnvelope> BadParameter(string message) =>
        Envelope(StatusCodes.Status400BadRequest, "BadParameter", message);

    public static JsonHttpResult<ErrorEnvelope> SecretNotFound(string name, string? version = null) => Envelope(
        StatusCodes.Status404NotFound, "SecretNotFound",
        $"A secret with (name/id) {(string.IsNullOrEmpty(version) ? name : $"{name}/{version}")} was not found in this "
            + $"key vault. If you recently deleted this secret you may be able to recover it using the correct "
            + $"recovery command. For help resolving this issue, please see "
            + $"https://go.microsoft.com/fwlink/?linkid=2125182");

    public static JsonHttpResult<ErrorEnvelope> DeletedSecretNotFound(string name) =>
        Envelope(StatusCodes.Status404NotFound, "SecretNotFound", $"Deleted Secret not found: {name}");

    public static JsonHttpResult<ErrorEnvelope> SecretDisabled() => Envelope(
        StatusCodes.Status403Forbidden, "Forbidden", "Operation get is not allowed on a disabled secret.",
            new InnerError("SecretDisabled"));

    public static JsonHttpResult<ErrorEnvelope> DeletedNameInUse(string name) => Envelope(
        StatusCodes.Status409Conflict, "Conflict",
        $"Secret {name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, "
            + $"the secret can only be recovered or purged.");

    public static JsonHttpResult<ErrorEnvelope> Unavailable(int statusCode) => Envelope(
        statusCode, statusCode == StatusCodes.Status503ServiceUnavailable ? "ServiceUnavailable" : "InternalError",
        "The emulator was told to fail (RunningEmulator.Outage).");

    /// <summary>
    /// A path or method the emulator does not implement, or a body without <c>Content-Type: application/json</c>;
    /// the service's answer there is not modelled.
    /// </summary>
    public static JsonHttpResult<ErrorEnvelope> NotImplemented(string method, string path) =>
        Envelope(StatusCodes.Status404NotFound, "NotFound",
            $"The emulator has no {method} {path} for this request (a body must be application/json).");

    public static JsonHttpResult<ErrorEnvelope> Unexpected() =>
        Envelope(StatusCodes.Status500InternalServerError, "InternalError", "The emulator failed; see its log.");

    private static JsonHttpResult<ErrorEnvelope> Envelope(int statusCode, string code, string message,
        InnerError? inner = null) =>
        TypedResults.Json(new ErrorEnvelope(new ErrorBody(code, message, inner)), statusCode: statusCode);
}
