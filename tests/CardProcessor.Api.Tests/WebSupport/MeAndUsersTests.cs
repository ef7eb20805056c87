using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.WebSupport;

/// <summary><c>GET /me</c> says who the token names and keeps them in <c>users</c> for the assignee list.</summary>
public sealed class MeAndUsersTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Me_returns_the_token_s_name_object_id_and_roles_and_records_the_user()
    {
        var token = api.Identity.Issuer.CreateToken(["Reviewer", "Processor"], "ada.lovelace@example.com");
        using var client = api.ClientWithToken(token);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("ada.lovelace@example.com", me.GetProperty("name").GetString());
        Assert.Equal("ada.lovelace@example.com", me.GetProperty("email").GetString());
        Assert.Equal(["Processor", "Reviewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var objectId = me.GetProperty("objectId").GetString()!;
        Assert.True(Guid.TryParse(objectId, out _));
        await using var db = api.Database.CreateContext();
        var stored = await db.Users.SingleAsync(u => u.ObjectId == objectId);
        Assert.Equal("ada.lovelace@example.com", stored.Name);
        Assert.Equal(["Processor", "Reviewer"], stored.Roles);
        Assert.Equal(stored.FirstSeenAt, stored.LastSeenAt);
    }

    [Fact]
    public async Task A_second_sign_in_keeps_first_seen_and_updates_roles_and_last_seen()
    {
        const string user = "grace.hopper@example.com";
        using var first = api.ClientWithToken(api.Identity.Issuer.CreateToken(["ReadOnly"], user));
        var objectId = (await first.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("objectId").GetString();
        await Task.Delay(20);
        using var second = api.ClientWithToken(api.Identity.Issuer.CreateToken(["Reviewer"], user));

        await second.GetFromJsonAsync<JsonElement>("/api/v1/me");

        await using var db = api.Database.CreateContext();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.ObjectId == objectId);
        Assert.Equal(["Reviewer"], stored.Roles);
        Assert.True(stored.LastSeenAt > stored.FirstSeenAt);
    }

    [Fact]
    public async Task Users_lists_who_signed_in_by_name_and_searches_name_and_email_literally()
    {
        foreach (var user in new[] { "zoe_reviewer@example.com", "zoe.xreviewer@example.com", "bob@example.com" })
        {
            using var client = api.ClientWithToken(api.Identity.Issuer.CreateToken(["Reviewer"], user));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        }

        using var reader = api.ClientFor("ReadOnly");
        var all = await NamesAsync(reader, "/api/v1/users");
        var zoes = await NamesAsync(reader, "/api/v1/users?search=ZOE");
        var underscore = await NamesAsync(reader, "/api/v1/users?search=zoe_");

        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Contains("bob@example.com", all);
        Assert.Equal(["zoe.xreviewer@example.com", "zoe_reviewer@example.com"], zoes);
        Assert.Equal(["zoe_reviewer@example.com"], underscore);
    }

    [Fact]
    public async Task Me_needs_a_signed_in_caller()
    {
        using var anonymous = api.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me")).StatusCode);
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").EnumerateArray()
            .Select(u => u.GetProperty("name").GetString()!).ToList();
}
