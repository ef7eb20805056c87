using System.Net;
using System.Text;
using System.Text.Json;

namespace CardProcessor.Web.Tests.Support;

/// <summary>
/// The API's answers for a component test: each request's method and path (with query) is looked up; anything not
/// given is a 404 ProblemDetails, as the API answers an unknown route. The requests are kept for assertions.
/// </summary>
public sealed class CannedApi : HttpMessageHandler
{
    private readonly Dictionary<string, (HttpStatusCode Status, string Body)> _answers = new(StringComparer.Ordinal);

    public List<string> Requests { get; } = [];

    public CannedApi Answer(string request, object body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers[request] = (status, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery.Replace("/api/v1/", "", StringComparison.Ordinal);
        var key = $"{request.Method} {path}";
        // Screens send independent reads at once.
        lock (Requests)
        {
            Requests.Add(key);
        }

        var (status, body) = _answers.TryGetValue(key, out var answer)
            ? answer
            : (HttpStatusCode.NotFound, """{"title":"Not Found","status":404,"traceId":"00-test"}""");
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
    }
}
