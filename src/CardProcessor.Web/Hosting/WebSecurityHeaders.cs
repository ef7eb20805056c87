namespace CardProcessor.Web.Hosting;

/// <summary>
/// Headers on every page: no sniffing, no framing, no referrer, and a Content Security Policy that
/// lets the pages run only this origin's scripts (every script is a file; there is no inline one),
/// pdf.js's worker and fonts, and chart.js's canvas. Inline styles are allowed because pdf.js and
/// chart.js position their elements with them.
/// </summary>
internal static class WebSecurityHeaders
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; " +
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    public static IApplicationBuilder UseWebSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = Policy;
        return next(context);
    });
}
