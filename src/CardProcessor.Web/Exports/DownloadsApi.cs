using CardProcessor.Web.Api;

namespace CardProcessor.Web.Exports;

/// <summary>The exports screen's downloads: the API's files passed through under the name the API gives them.</summary>
internal static class DownloadsApi
{
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static WebApplication MapDownloadsApi(this WebApplication app)
    {
        // Posted from the exports page's forms, with their antiforgery token: an export is recorded in the audit log.
        var downloads = app.MapGroup("/sessions/{id:guid}/download")
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        downloads.MapPost("/workbook", (Guid id, ApiClient api, HttpContext http) => PassOnAsync(
            api, http, HttpMethod.Post, $"sessions/{id}/reports/excel", Workbook, $"session-{id}.xlsx"));
        downloads.MapPost("/csv/{dataset}", (Guid id, string dataset, ApiClient api, HttpContext http) => PassOnAsync(
            api,
            http,
            HttpMethod.Post,
            $"sessions/{id}/reports/csv?dataset={Uri.EscapeDataString(dataset)}",
            "text/csv",
            $"{dataset}-{id}.csv"));
        downloads.MapPost("/packets", (Guid id, ApiClient api, HttpContext http) => PassOnAsync(
            api, http, HttpMethod.Get, $"sessions/{id}/packets", "application/zip", $"packets-{id}.zip"));
        return app;
    }

    private static async Task<IResult> PassOnAsync(
        ApiClient api, HttpContext http, HttpMethod method, string path, string contentType, string fallbackName)
    {
        try
        {
            var upstream = await api.OpenAsync(method, path, null, http.RequestAborted);
            http.Response.RegisterForDispose(upstream);
            var name = upstream.Content.Headers.ContentDisposition?.FileNameStar
                ?? upstream.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                ?? fallbackName;
            return TypedResults.Stream(
                await upstream.Content.ReadAsStreamAsync(http.RequestAborted),
                upstream.Content.Headers.ContentType?.ToString() ?? contentType,
                name);
        }
        catch (ApiProblemException refused)
        {
            // Back to the exports page, which shows the sentence and trace id.
            var query = $"?error={Uri.EscapeDataString(refused.Problem.Sentence)}"
                + $"&traceId={Uri.EscapeDataString(refused.Problem.TraceId ?? "")}";
            return TypedResults.Redirect($"/sessions/{http.Request.RouteValues["id"]}/exports{query}");
        }
    }
}
