using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Review;

public sealed class IssueLifecycleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");
    private readonly HttpClient _admin = api.ClientFor("Admin");

    [Fact]
    public async Task An_issue_is_resolved_with_a_note_and_its_history_and_audit_say_who_and_when()
    {
        var (id, etag) = await FirstOpenIssueAsync(await SeedAsync());

        using var response = await PatchAsync(
            _reviewer,
            id,
            etag,
            new { status = "Resolved", note = "Receipt found in the glovebox." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
        Assert.Equal("Resolved", detail.GetProperty("issue").GetProperty("status").GetString());
        Assert.Equal(
            "Receipt found in the glovebox.",
            detail.GetProperty("issue").GetProperty("resolutionNote").GetString());
        Assert.Equal("reviewer@tests.local", detail.GetProperty("issue").GetProperty("resolvedBy").GetString());
        var actions = detail.GetProperty("history")
            .EnumerateArray()
            .Select(e => e.GetProperty("action").GetString())
            .ToList();
        Assert.Equal(["opened", "resolved"], actions);
        var audit = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entity=validation_issue&entityId={id}");
        Assert.Contains(
            audit.GetProperty("items").EnumerateArray(),
            a => a.GetProperty("action").GetString() == "issue.resolved"
            && a.GetProperty("actor").GetString() == "reviewer@tests.local");
    }

    [Fact]
    public async Task A_change_without_If_Match_gets_428_and_one_with_a_stale_ETag_gets_412()
    {
        var (id, etag) = await FirstOpenIssueAsync(await SeedAsync());

        using var missing = await _reviewer.PatchAsJsonAsync($"/api/v1/issues/{id}", new { assignee = "someone" });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        using var first = await PatchAsync(_reviewer, id, etag, new { assignee = "ana@tests.local" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var stale = await PatchAsync(_reviewer, id, etag, new { status = "Waived", note = "not needed" });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Two_reviewers_racing_on_one_issue_never_lose_a_decision()
    {
        var (id, etag) = await FirstOpenIssueAsync(await SeedAsync());
        using var other = api.ClientFor("Admin");

        var responses = await Task.WhenAll(
            PatchAsync(_reviewer, id, etag, new { status = "Resolved", note = "first decision" }),
            PatchAsync(other, id, etag, new { status = "Waived", note = "second decision" }));

        var codes = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes);
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var status = (await winner.ReadJsonAsync()).GetProperty("status").GetString();
        var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
        Assert.Equal(status, detail.GetProperty("issue").GetProperty("status").GetString());
        Assert.Single(
            detail.GetProperty("history").EnumerateArray(),
            e => e.GetProperty("action").GetString() is "resolved" or "waived");
    }

    [Fact]
    public async Task Resolving_or_waiving_needs_a_note_and_a_closed_issue_must_be_reopened_first()
    {
        var (id, etag) = await FirstOpenIssueAsync(await SeedAsync());

        using var noNote = await PatchAsync(_reviewer, id, etag, new { status = "Waived" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);

        using var waived = await PatchAsync(
            _reviewer,
            id,
            etag,
            new { status = "Waived", note = "Fleet team codes this card." });
        var waivedEtag = waived.Headers.ETag!.ToString();
        using var again = await PatchAsync(_reviewer, id, waivedEtag, new { status = "Resolved", note = "x" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var reopened = await PatchAsync(_reviewer, id, waivedEtag, new { status = "Open" });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        var body = await reopened.ReadJsonAsync();
        Assert.Equal("Reopened", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("resolutionNote").ValueKind);
    }

    [Fact]
    public async Task Comments_and_assignment_are_recorded_and_issues_filter_by_assignee()
    {
        var sessionId = await SeedAsync();
        var (id, etag) = await FirstOpenIssueAsync(sessionId);

        using var assigned = await PatchAsync(_reviewer, id, etag, new { assignee = "ana@tests.local" });
        using var comment = await _reviewer.PostAsJsonAsync(
            $"/api/v1/issues/{id}/comments",
            new { text = "Asked the driver for the receipt." });

        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
        Assert.Contains(
            detail.GetProperty("history").EnumerateArray(),
            e => e.GetProperty("action").GetString() == "commented"
            && e.GetProperty("note").GetString() == "Asked the driver for the receipt.");
        var mine = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{sessionId}/issues?assignee=ana@tests.local");
        Assert.Equal(id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bulk_resolve_checks_each_issue_and_reports_each_outcome()
    {
        var sessionId = await SeedAsync();
        var open = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{sessionId}/issues?status=Open&pageSize=3");
        var ids = open.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(3, ids.Count);
        var (closedId, closedEtag) = (ids[0], (string?)null);
        closedEtag = (await _reviewer.GetAsync($"/api/v1/issues/{closedId}")).Headers.ETag!.ToString();
        using (await PatchAsync(_reviewer, closedId, closedEtag, new { status = "Waived", note = "done earlier" }))
        {
        }

        var unknown = Guid.NewGuid().ToString();
        using var response = await _reviewer.PostAsJsonAsync(
            "/api/v1/issues/bulk",
            new { issueIds = ids.Append(unknown), status = "Resolved", note = "Month-end clean-up" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcomes = (await response.ReadJsonAsync()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("issueId").GetString()!, r => r.GetProperty("outcome").GetString());
        Assert.Equal("refused", outcomes[closedId]);
        Assert.Equal("updated", outcomes[ids[1]]);
        Assert.Equal("updated", outcomes[ids[2]]);
        Assert.Equal("not-found", outcomes[unknown]);
    }

    [Fact]
    public async Task Re_running_validation_keeps_decisions_on_issues_that_still_apply()
    {
        var sessionId = await SeedAsync();
        var (id, etag) = await FirstOpenIssueAsync(sessionId);
        using (await PatchAsync(_reviewer, id, etag, new { status = "Waived", note = "Accepted by finance." }))
        {
        }

        using var validate = await _reviewer.PostAsync($"/api/v1/sessions/{sessionId}/validate", null);

        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
        var summary = await validate.ReadJsonAsync();
        Assert.Equal(0, summary.GetProperty("opened").GetInt32());
        Assert.Equal(0, summary.GetProperty("closed").GetInt32());
        var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
        Assert.Equal("Waived", detail.GetProperty("issue").GetProperty("status").GetString());
        Assert.Equal("Accepted by finance.", detail.GetProperty("issue").GetProperty("resolutionNote").GetString());
    }

    private Task<Guid> SeedAsync() =>
        SessionSeeder.SeedAsync(api, Fixtures.Car("car-2001-002.pdf"), Fixtures.Car("receipt-images-2001-002.pdf"));

    private async Task<(string Id, string ETag)> FirstOpenIssueAsync(Guid sessionId)
    {
        var issues = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/issues?status=Open");
        var id = issues.GetProperty("items")[0].GetProperty("id").GetString()!;
        using var response = await _reviewer.GetAsync($"/api/v1/issues/{id}");
        return (id, response.Headers.ETag!.ToString());
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string id, string etag, object body)
    {
        var request = new HttpRequestMessage(
            HttpMethod.Patch,
            $"/api/v1/issues/{id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return client.SendAsync(request);
    }
}
