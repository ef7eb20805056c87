using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Sessions;

/// <summary>
/// The session page's script islands talk to these, with the sign-in cookie; the app calls the API with the
/// user's token, so the token never reaches the browser.
/// </summary>
internal static class SessionStreamApi
{
    public static WebApplication MapSessionStreamApi(this WebApplication app)
    {
        app.MapGet("/sessions/{id:guid}/events", StreamEventsAsync);
        app.MapPost("/sessions/{id:guid}/upload", UploadAsync);
        return app;
    }

    /// <summary>The API's server-sent progress events, passed through as they arrive.</summary>
    private static async Task StreamEventsAsync(Guid id, ApiClient api, HttpContext http)
    {
        using var upstream = await api.OpenAsync(HttpMethod.Get, $"sessions/{id}/events", null, http.RequestAborted);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        // Proxies such as ingress-nginx buffer responses unless told not to; events must arrive as they happen.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await using var body = await upstream.Content.ReadAsStreamAsync(http.RequestAborted);
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer, http.RequestAborted)) > 0)
        {
            await http.Response.Body.WriteAsync(buffer.AsMemory(0, read), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
        }
    }

    /// <summary>Each file goes to the API on its own, answered with its kind or the reason it was refused.</summary>
    private static async Task<IResult> UploadAsync(Guid id, IFormFileCollection files, ApiClient api, HttpContext http)
    {
        var results = new List<UploadResult>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            try
            {
                var document = await api.UploadAsync<UploadedDocument>(
                    $"sessions/{id}/documents", stream, file.FileName, file.ContentType, http.RequestAborted);
                results.Add(new UploadResult(file.FileName, document.Kind, document.PageCount, null, null));
            }
            catch (ApiProblemException refused)
            {
                results.Add(new UploadResult(
                    file.FileName, null, null, refused.Problem.Sentence, refused.Problem.TraceId));
            }
        }

        return TypedResults.Ok(results);
    }
}
