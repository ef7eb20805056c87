using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CardProcessor.Api.Tests.Infrastructure;

internal static class ApiClientExtensions
{
    public static readonly JsonSerializerOptions Json = new(
        JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> CreateSessionAsync(
        this HttpClient client,
        string name = "March 2025",
        string periodStart = "2025-03-01",
        string periodEnd = "2025-03-31")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/sessions", new { name, periodStart, periodEnd });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
