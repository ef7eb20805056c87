using KeyVaultEmulator.Auth;

namespace KeyVaultEmulator.Diagnostics;

/// <summary>Stamps every response with an <c>x-ms-request-id</c>, as the service does, and records the
/// request.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, EmulatorRequestLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers["x-ms-request-id"] = Guid.NewGuid().ToString();
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        try
        {
            await next(context);
        }
        finally
        {
            log.Add(new RecordedRequest(
                request.Method,
                request.Path.Value ?? "",
                request.QueryString.Value ?? "",
                string.IsNullOrEmpty(authorization) ? null : authorization.Split(' ', 2)[0],
                BearerToken.FromHeader(authorization)?.Audiences ?? [],
                hasBody,
                request.Headers["x-ms-client-request-id"].FirstOrDefault(),
                context.Response.StatusCode));
        }
    }
}
