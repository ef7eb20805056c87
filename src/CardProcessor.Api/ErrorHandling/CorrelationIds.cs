using System.Diagnostics;

namespace CardProcessor.Api.ErrorHandling;

/// <summary>
/// A request's correlation id: the caller's <c>X-Correlation-ID</c> if it sent one, else the trace id.
/// </summary>
internal static class CorrelationIds
{
    public const string Header = "X-Correlation-ID";

    public static string Of(HttpContext context) =>
        context.Items[Header] as string ?? Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = incoming.Length is > 0 and <= 100
            ? incoming
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Items[Header] = id;
        context.Response.Headers[Header] = id;
        await next(context);
    });
}
