using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentIntelligenceEmulator.Api;

/// <summary>
/// The service's error responses, envelope and wording as the real service sends them:
/// <c>{"error": {"code", "message", "innererror"?: {"code", "message"}}}</c>.
/// </summary>
internal static class ServiceErrors
{
    public static IResult InvalidContent() => Envelope(
        StatusCodes.Status400BadRequest, "InvalidRequest", "Invalid request.",
        "InvalidContent",
            "The file is corrupted or format is unsupported. Refer to documentation for the list of supported "
            + "formats.");

    public static IResult InvalidParameter(string message) => Envelope(
        StatusCodes.Status400BadRequest, "InvalidArgument", "Invalid argument.", "InvalidParameter", message);

    public static IResult InvalidRequest(string message) => Envelope(
        StatusCodes.Status400BadRequest, "InvalidRequest", "Invalid request.", "InvalidParameter", message);

    public static IResult UnsupportedMediaType(string? contentType) => Envelope(
        StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
        $"Content type '{contentType}' is not supported. Send application/json, application/octet-stream, "
            + $"application/pdf or an image type.");

    public static IResult ModelNotFound(string modelId) => Envelope(
        StatusCodes.Status404NotFound, "NotFound", "Resource not found.",
        "ModelNotFound",
            $"The requested model '{modelId}' was not found. It may have been deleted or is still building.");

    public static IResult OperationNotFound() => Envelope(
        StatusCodes.Status404NotFound, "NotFound", "Resource not found.",
        "OperationNotFound",
            "The requested operation was not found. The identifier may be invalid or the operation may have expired.");

    /// <summary>Any path the service does not have, as its gateway answers it.</summary>
    public static IResult ResourceNotFound() => Envelope(StatusCodes.Status404NotFound, "404", "Resource not found");

    /// <summary>The gateway's answer to a missing or wrong key or token.</summary>
    public static IResult AccessDenied() => Envelope(
        StatusCodes.Status401Unauthorized, "401",
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an "
            + "active subscription and use a correct regional API endpoint for your resource.");

    /// <summary>An injected HTTP failure, shaped as the service or its gateway sends that status.</summary>
    public static IResult Transient(int statusCode, int retryAfterSeconds) => statusCode switch
    {
        StatusCodes.Status429TooManyRequests => WithRetryAfter(
            Envelope(statusCode, "429",
                $"Requests to the Analyze Document Operation under Document Intelligence API (2024-11-30) have "
                + $"exceeded rate limit of your current S0 pricing tier. Please retry after {retryAfterSeconds} "
                + $"second."),
            retryAfterSeconds),
        StatusCodes.Status500InternalServerError =>
            Envelope(statusCode, "InternalServerError", "An unexpected error occurred."),
        StatusCodes.Status503ServiceUnavailable =>
            Envelope(statusCode, "ServiceUnavailable",
            "The service is temporarily unable to process the request. Please try again later."),
        _ =>
            Envelope(statusCode, statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Injected failure {statusCode}."),
    };

    /// <summary>The <c>error</c> of a failed operation (HTTP 200, <c>"status": "failed"</c>).</summary>
    public static JsonObject FailedOperationError(string? innerCode) => innerCode is null
        ? new JsonObject
        {
            // The shape of the service's documented example: a generic code with the reason in details.
            ["code"] = "InternalServerError",
            ["message"] = "An unexpected error occurred.",
            ["details"] = new JsonArray(new JsonObject
            {
                ["code"] = "InvalidContentDimensions",
                ["message"] = "The input image dimensions are out of range. Refer to documentation for supported image "
                    + "dimensions.",
                ["target"] = "1",
            }),
        }
        : Error("InvalidRequest", "Invalid request.", innerCode, $"The document could not be analyzed ({innerCode}).");

    public static JsonObject Error(string code, string message, string? innerCode = null, string? innerMessage = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = innerMessage };
        }

        return error;
    }

    private static JsonHttpResult<JsonObject> Envelope(int statusCode, string code, string message,
        string? innerCode = null, string? innerMessage = null) =>
        TypedResults.Json(new JsonObject { ["error"] = Error(code, message, innerCode, innerMessage) },
            statusCode: statusCode);

    private static HeaderResult WithRetryAfter(IResult result, int seconds) =>
        new HeaderResult(result, "Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
