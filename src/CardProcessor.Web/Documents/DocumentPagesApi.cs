using CardProcessor.Web.Api;

namespace CardProcessor.Web.Documents;

internal static class DocumentPagesApi
{
    /// <summary>One page of a stored document as a one-page PDF, for pdf.js on the issue page.</summary>
    public static WebApplication MapDocumentPagesApi(this WebApplication app)
    {
        app.MapGet("/documents/{id:guid}/pages/{page:int}",
            async (Guid id, int page, ApiClient api, HttpContext http) =>
        {
            var upstream = await api.OpenAsync(HttpMethod.Get, $"documents/{id}/pages/{page}", null,
                http.RequestAborted);
            http.Response.RegisterForDispose(upstream);
            http.Response.Headers.CacheControl = "private, max-age=300";
            return TypedResults.Stream(
                await upstream.Content.ReadAsStreamAsync(http.RequestAborted), "application/pdf");
        });
        return app;
    }
}
