using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CardProcessor.Web.Api;

/// <summary>
/// The public API (<c>/api/v1</c>) with the signed-in user's token on every request. A non-success answer becomes
/// an <see cref="ApiProblemException"/> carrying the ProblemDetails' sentence and trace id, so every page shows
/// errors the same way. The app has no other source of data: what the API refuses, the app cannot do.
/// </summary>
public sealed class ApiClient(HttpClient http, IUserTokenSource tokens)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A write; <paramref name="ifMatch"/> is the ETag the user's change is based on.</summary>
    public async Task<T> SendAsync<T>(
        HttpMethod method,
        string path,
        object? body,
        string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(Request(method, path, body, ifMatch), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task SendAsync(
        HttpMethod method,
        string path,
        object? body,
        string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(Request(method, path, body, ifMatch), cancellationToken);
        await ThrowUnlessSuccessAsync(response, cancellationToken);
    }

    /// <summary>One file to a session; the API recognises its kind or answers why it refused it.</summary>
    public async Task<T> UploadAsync<T>(
        string path, Stream file, string fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/octet-stream");
        form.Add(part, "file", fileName);
        using var response = await SendRawAsync(
            new HttpRequestMessage(HttpMethod.Post, path) { Content = form }, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>
    /// A response whose body is passed on as it streams (a download, a page, server-sent events); the caller
    /// disposes it. Errors are still thrown as problems.
    /// </summary>
    public async Task<HttpResponseMessage> OpenAsync(
        HttpMethod method, string path, object? body = null, CancellationToken cancellationToken = default)
    {
        var response = await SendRawAsync(Request(method, path, body, null), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                await ThrowUnlessSuccessAsync(response, cancellationToken);
            }
        }

        return response;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var token = await tokens.GetAccessTokenAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await ThrowUnlessSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new ApiProblemException($"The API answered {(int)response.StatusCode} with an empty body");
    }

    private static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw new ApiProblemException(await ProblemReader.ReadAsync(response, cancellationToken));
    }
}
