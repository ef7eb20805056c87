using System.Text.Json;

namespace CardProcessor.Web.Api;

internal static class ProblemReader
{
    /// <summary>The ProblemDetails of an error answer; a body that is not one still gives its status.</summary>
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? title = null, detail = null, traceId = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(
                await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (body.RootElement.ValueKind == JsonValueKind.Object)
            {
                title = Text(body.RootElement, "title");
                detail = Text(body.RootElement, "detail");
                traceId = Text(body.RootElement, "traceId");
            }
        }
        catch (JsonException)
        {
            // Not ProblemDetails (a proxy's page, an empty 403): the status alone is still worth a sentence.
        }

        return new ApiProblem(response.StatusCode, title, detail, traceId);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
