extern alias devidentity;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CardProcessor.Api.Tests.Infrastructure;
using devidentity::CardProcessor.DevIdentity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Api.Tests.Authorization;

public sealed class AuthorizationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string, string> EveryEndpointAndRole()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in EndpointTable.Endpoints)
        {
            foreach (var role in EndpointTable.AllRoles)
            {
                data.Add(endpoint.Method, endpoint.Template, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryEndpointAndRole))]
    public async Task Each_role_can_do_what_its_role_allows_and_no_more(string method, string template, string role)
    {
        var endpoint = EndpointTable.Endpoints.Single(e => e.Method == method && e.Template == template);
        using var client = api.ClientFor(role);

        using var response = await client.SendAsync(Request(endpoint.Method, endpoint.Path, endpoint.Body));

        if (endpoint.Allowed.Contains(role))
        {
            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public void The_table_covers_every_endpoint_and_every_endpoint_requires_a_policy()
    {
        var endpoints = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

        var registered = endpoints
            .Select(
                e => (
                    Method: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single(),
                    Template: e.RoutePattern.RawText!))
            .OrderBy(e => e.Template).ThenBy(e => e.Method)
            .ToList();
        var table = EndpointTable.Endpoints.Select(e => (e.Method, e.Template))
            .OrderBy(e => e.Template)
            .ThenBy(e => e.Method)
            .ToList();
        Assert.Equal(table, registered);
        Assert.All(
            endpoints,
            e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy is not null));
    }

    [Fact]
    public async Task No_token_gets_401_as_problem_details()
    {
        using var client = api.Factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_without_any_role_is_refused_as_invalid()
    {
        // Microsoft.Identity.Web refuses an access token that carries neither roles nor scopes.
        using var client = api.ClientWithToken(api.Identity.Issuer.CreateToken([]));

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_with_only_an_unknown_role_gets_403()
    {
        using var client = api.ClientWithToken(api.Identity.Issuer.CreateToken(["Auditor"]));

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_for_another_audience_gets_401()
    {
        using var client = api.ClientWithToken(
            api.Identity.Issuer.CreateToken(["Admin"], audience: "api://some-other-api"));

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var token = api.Identity.Issuer.CreateToken(
            ["Admin"],
            lifetime: TimeSpan.FromMinutes(30),
            notBefore: DateTimeOffset.UtcNow.AddHours(-2));
        using var client = api.ClientWithToken(token);

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_gets_401()
    {
        var impostor = new TokenIssuer(new Uri(api.Identity.Instance), api.Identity.Issuer.Options);
        Assert.Equal(api.Identity.Issuer.Issuer, impostor.Issuer);
        using var client = api.ClientWithToken(impostor.CreateToken(["Admin"]));

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_is_accepted()
    {
        using var client = api.ClientFor("ReadOnly");

        using var response = await client.GetAsync("/api/v1/sessions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_and_metrics_endpoints_need_no_token()
    {
        using var client = api.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        // The interactive API reference page.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (method is "PATCH" or "PUT")
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\"", isWeak: true));
        }

        return request;
    }
}
