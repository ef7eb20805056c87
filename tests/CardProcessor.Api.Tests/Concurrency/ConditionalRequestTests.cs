using System.Net;
using System.Net.Http.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Concurrency;

/// <summary>RFC 9110 If-Match on a change: strong comparison, <c>*</c>, lists; absent is 428, not matching
/// 412.</summary>
public sealed class ConditionalRequestTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _processor = api.ClientFor("Processor");

    [Theory]
    [InlineData("\"stale\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("not an entity tag", HttpStatusCode.PreconditionFailed)]
    [InlineData("W/{current}", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"1\", {current}", HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("{current}", HttpStatusCode.OK)]
    public async Task A_present_if_match_that_names_no_current_strong_tag_is_412(string ifMatch,
        HttpStatusCode expected)
    {
        var (id, etag) = await CreateAsync();
        Assert.StartsWith("\"", etag, StringComparison.Ordinal);

        using var response = await PatchAsync(id, ifMatch.Replace("{current}", etag, StringComparison.Ordinal));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.PreconditionFailed)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.NotEqual(etag, response.Headers.ETag?.ToString());
        }
    }

    [Fact]
    public async Task A_change_without_if_match_is_428()
    {
        var (id, _) = await CreateAsync();

        using var response = await PatchAsync(id, null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    private async Task<(Guid Id, string ETag)> CreateAsync()
    {
        var id = (await _processor.CreateSessionAsync()).GetProperty("id").GetGuid();
        using var read = await _processor.GetAsync($"/api/v1/sessions/{id}");
        return (id, read.Headers.ETag!.ToString());
    }

    private async Task<HttpResponseMessage> PatchAsync(Guid id, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/sessions/{id}")
        {
            Content = JsonContent.Create(new { name = "Renamed" }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await _processor.SendAsync(request);
    }
}
