using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CardProcessor.Api.Tests.Review;

internal static class ReviewRequests
{
    /// <summary>A JSON request with an If-Match header, as the API requires for every change a person makes.</summary>
    public static Task<HttpResponseMessage> SendWithETagAsync(
        this HttpClient client,
        HttpMethod method,
        string path,
        string etag,
        object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return client.SendAsync(request);
    }

    public static async Task<string> ETagOfAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.ToString();
    }
}
