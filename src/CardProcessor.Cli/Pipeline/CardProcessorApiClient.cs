using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CardProcessor.Cli.Pipeline;

/// <summary>The few API calls the <c>run</c> command makes, over plain HTTP with a bearer token.</summary>
internal sealed class CardProcessorApiClient(HttpClient http) : IDisposable
{
    public static CardProcessorApiClient Create(Uri api, string token)
    {
        var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new CardProcessorApiClient(http);
    }

    public async Task<string> CreateSessionAsync(
        string name, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var request = new { name, periodStart = start, periodEnd = end };
        using var response = await http.PostAsJsonAsync("/api/v1/sessions", request, cancellationToken);
        var session = await ReadAsync(response, cancellationToken);
        return session.GetProperty("id").GetString()!;
    }

    public async Task UploadAsync(string sessionId, FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        using var form = new MultipartFormDataContent();
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", file.Name);
        using var response = await http.PostAsync($"/api/v1/sessions/{sessionId}/documents", form, cancellationToken);
        await ReadAsync(response, cancellationToken);
    }

    public async Task StartAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"/api/v1/sessions/{sessionId}/process", null, cancellationToken);
        await ReadAsync(response, cancellationToken);
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary>Every item of a paged list.</summary>
    public async Task<List<JsonElement>> GetAllAsync(string path, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var result = await GetAsync($"{path}?page={page}&pageSize=500", cancellationToken);
            items.AddRange(result.GetProperty("items").EnumerateArray());
            var total = result.GetProperty("total").GetInt32();
            if (items.Count >= total || result.GetProperty("items").GetArrayLength() == 0)
            {
                return items;
            }
        }
    }

    public void Dispose() => http.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var detail = body;
            try
            {
                using var problem = JsonDocument.Parse(body);
                detail = problem.RootElement.TryGetProperty("detail", out var text) ? text.GetString() ?? body : body;
            }
            catch (JsonException)
            {
                // Not ProblemDetails; show the body as it is.
            }

            throw new HttpRequestException(
                $"{(int)response.StatusCode} {response.ReasonPhrase}: {detail}", null, response.StatusCode);
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
