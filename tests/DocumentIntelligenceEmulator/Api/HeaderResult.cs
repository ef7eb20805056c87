namespace DocumentIntelligenceEmulator.Api;

/// <summary>A result with one more response header, for the headers the service's protocol relies on.</summary>
internal sealed class HeaderResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
