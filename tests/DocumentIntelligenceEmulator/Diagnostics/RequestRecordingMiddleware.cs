namespace DocumentIntelligenceEmulator.Diagnostics;

/// <summary>Stamps every response with an <c>apim-request-id</c>, as the service does, and records the
/// request.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, EmulatorRequestLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers["apim-request-id"] = Guid.NewGuid().ToString();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            log.Add(new RecordedRequest(
                request.Method,
                request.Path.Value ?? "",
                request.QueryString.Value ?? "",
                request.ContentType,
                request.Headers.UserAgent.ToString(),
                request.Headers["x-ms-client-request-id"].FirstOrDefault(),
                context.Response.StatusCode));
        }
    }
}
