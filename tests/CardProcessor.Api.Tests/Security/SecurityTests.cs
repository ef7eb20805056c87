using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Security;

/// <summary>Rate limits per user, security headers, CORS and body limits, on the real host.</summary>
public sealed partial class SecurityTests(LimitedApiFixture api) : IClassFixture<LimitedApiFixture>
{
    [Fact]
    public async Task A_user_over_the_limit_gets_a_429_problem_with_retry_after_and_others_are_not_affected()
    {
        using var eager = api.ClientWithToken(api.Identity.Issuer.CreateToken(["ReadOnly"], "eager@example.com"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await eager.GetAsync("/api/v1/sessions")).StatusCode);
        }

        using var refused = await eager.GetAsync("/api/v1/sessions");
        using var other = api.ClientWithToken(api.Identity.Issuer.CreateToken(["ReadOnly"], "calm@example.com"));
        using var allowed = await other.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var seconds = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(seconds ?? 0, 1, 60);
        Assert.Equal(429, (await refused.ReadJsonAsync()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/sessions")]
    [InlineData("/api/v1/sessions/00000000-0000-0000-0000-000000000001")]
    [InlineData("/health/live")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = api.ClientFor("ReadOnly");

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"),
            StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_page_loads_only_its_own_scripts_under_its_policy()
    {
        using var anonymous = api.Factory.CreateClient();

        using var page = await anonymous.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = Header(page, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        var sources = ScriptSources().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, src => Assert.DoesNotMatch("^(https?:)?//", src));
        foreach (var src in sources)
        {
            var address = new Uri(new Uri(anonymous.BaseAddress!, "/scalar/"), src);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(address)).StatusCode);
        }
    }

    [Fact]
    public async Task Cors_answers_the_configured_origin_and_no_other()
    {
        using var anonymous = api.Factory.CreateClient();

        using var allowed = await PreflightAsync(anonymous, LimitedApiFixture.AllowedOrigin);
        using var refused = await PreflightAsync(anonymous, "https://evil.example.com");

        Assert.Equal(LimitedApiFixture.AllowedOrigin, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Null(Header(refused, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_but_an_upload_has_its_own_limit()
    {
        using var processor = api.ClientFor("Processor");
        var huge = new string('x', 1_100_000);

        using var refused = await processor.PostAsync(
            "/api/v1/sessions",
            new StringContent($$"""{"name":"{{huge}}","periodStart":"2025-03-01","periodEnd":"2025-03-31"}""",
                Encoding.UTF8, "application/json"));
        var session = await processor.CreateSessionAsync();
        using var upload = await processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload(Fixtures.Car("car-2001-003.pdf")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
    }

    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sessions");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await client.SendAsync(request);
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSources();
}
