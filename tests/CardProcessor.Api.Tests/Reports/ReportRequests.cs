using System.Net;
using System.Text.Json;

namespace CardProcessor.Api.Tests.Reports;

internal static class ReportRequests
{
    /// <summary>GETs JSON, failing with the problem details the API sent when it is not 200.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<byte[]> ExportCsvAsync(this HttpClient client, Guid sessionId, string dataset)
    {
        using var response = await client.PostAsync(
            $"/api/v1/sessions/{sessionId}/reports/csv?dataset={dataset}",
            null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<MemoryStream> ExportWorkbookAsync(this HttpClient client, Guid sessionId)
    {
        using var response = await client.PostAsync($"/api/v1/sessions/{sessionId}/reports/excel", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            response.Content.Headers.ContentType?.MediaType);
        return new MemoryStream(await response.Content.ReadAsByteArrayAsync());
    }

    public static async Task<MemoryStream> ExportPacketsAsync(this HttpClient client, Guid sessionId)
    {
        using var response = await client.GetAsync($"/api/v1/sessions/{sessionId}/packets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        return new MemoryStream(await response.Content.ReadAsByteArrayAsync());
    }
}
