using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Review;

public sealed class BulkAssignTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");

    [Fact]
    public async Task One_bulk_call_assigns_several_issues_with_the_note_as_a_comment_on_each()
    {
        var ids = await OpenIssuesAsync(3);

        using var response = await _reviewer.PostAsJsonAsync(
            "/api/v1/issues/bulk",
            new { issueIds = ids, assignee = "ana@tests.local", note = "Ana takes the fuel cards." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcomes = (await response.ReadJsonAsync()).EnumerateArray()
            .Select(r => r.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["updated", "updated", "updated"], outcomes);
        foreach (var id in ids)
        {
            var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
            var issue = detail.GetProperty("issue");
            Assert.Equal("ana@tests.local", issue.GetProperty("assignee").GetString());
            Assert.Equal("Open", issue.GetProperty("status").GetString());
            var history = detail.GetProperty("history").EnumerateArray()
                .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("note").GetString()))
                .ToList();
            Assert.Contains(("assigned", "to ana@tests.local"), history);
            Assert.Contains(("commented", "Ana takes the fuel cards."), history);
        }
    }

    [Fact]
    public async Task An_empty_assignee_unassigns_and_a_status_with_an_assignee_or_without_a_note_is_refused()
    {
        var ids = await OpenIssuesAsync(2);
        using (await _reviewer.PostAsJsonAsync("/api/v1/issues/bulk", new { issueIds = ids, assignee = "bo" }))
        {
        }

        using var unassign = await _reviewer.PostAsJsonAsync(
            "/api/v1/issues/bulk", new { issueIds = ids, assignee = "" });
        using var both = await _reviewer.PostAsJsonAsync(
            "/api/v1/issues/bulk", new { issueIds = ids, status = "Resolved", note = "x", assignee = "bo" });
        using var noNote = await _reviewer.PostAsJsonAsync(
            "/api/v1/issues/bulk", new { issueIds = ids, status = "Waived" });
        using var nothing = await _reviewer.PostAsJsonAsync("/api/v1/issues/bulk", new { issueIds = ids });

        Assert.Equal(HttpStatusCode.OK, unassign.StatusCode);
        foreach (var id in ids)
        {
            var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
            Assert.Equal(JsonValueKind.Null, detail.GetProperty("issue").GetProperty("assignee").ValueKind);
            Assert.Equal("Open", detail.GetProperty("issue").GetProperty("status").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Equal("application/problem+json", noNote.Content.Headers.ContentType?.MediaType);
    }

    private async Task<List<string>> OpenIssuesAsync(int count)
    {
        var session = await SessionSeeder.SeedAsync(
            api, Fixtures.Car("car-2001-002.pdf"), Fixtures.Car("receipt-images-2001-002.pdf"));
        var open = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{session}/issues?status=Open&pageSize={count}");
        var ids = open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(count, ids.Count);
        return ids;
    }
}
