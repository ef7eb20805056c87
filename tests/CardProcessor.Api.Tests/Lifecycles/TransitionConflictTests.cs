using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using CardProcessor.Api.Tests.Review;

namespace CardProcessor.Api.Tests.Lifecycles;

/// <summary>
/// Every transition a state refuses comes back as one 409 shape naming the entity, its state and the action.
/// </summary>
public sealed class TransitionConflictTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _processor = api.ClientFor("Processor");
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");

    [Fact]
    public async Task Deleting_a_session_in_review_is_a_409_with_its_status_and_the_action()
    {
        var sessionId = await SeedAsync();

        using var response = await _processor.DeleteAsync($"/api/v1/sessions/{sessionId}");

        await AssertRefusedAsync(response, "session", "Review", "Delete", "Only a Draft session can be deleted");
        Assert.Equal(HttpStatusCode.OK, (await _processor.GetAsync($"/api/v1/sessions/{sessionId}")).StatusCode);
    }

    [Fact]
    public async Task Processing_or_uploading_to_a_session_in_review_is_refused_the_same_way()
    {
        var sessionId = await SeedAsync();

        using var process = await _processor.PostAsync($"/api/v1/sessions/{sessionId}/process", null);
        using var upload = await _processor.PostAsync(
            $"/api/v1/sessions/{sessionId}/documents", Fixtures.Upload(Fixtures.Car("car-2001-002.pdf")));

        await AssertRefusedAsync(process, "session", "Review", "StartProcessing", "cannot be processed again");
        await AssertRefusedAsync(upload, "session", "Review", "AddDocument", "only be added to a Draft session");
    }

    [Fact]
    public async Task Resolving_a_waived_issue_is_a_409_of_the_issue_and_changes_nothing()
    {
        var sessionId = await SeedAsync();
        var issues = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/issues?status=Open");
        var id = issues.GetProperty("items")[0].GetProperty("id").GetString()!;
        var etag = await _reviewer.ETagOfAsync($"/api/v1/issues/{id}");
        using var waived = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch, $"/api/v1/issues/{id}", etag, new { status = "Waived", note = "Accepted." });

        using var resolved = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch,
            $"/api/v1/issues/{id}",
            waived.Headers.ETag!.ToString(),
            new { status = "Resolved", note = "x" });

        await AssertRefusedAsync(resolved, "issue", "Waived", "Resolve", "reopen it first");
        var detail = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/issues/{id}");
        Assert.Equal("Waived", detail.GetProperty("issue").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_charge_confirmed_for_one_receipt_is_not_given_to_another()
    {
        var sessionId = await SeedAsync();
        var matches = (await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/matches"))
            .GetProperty("items").EnumerateArray().ToList();
        var (first, second) = (matches[0], matches[1]);
        var charge = first.GetProperty("transaction").GetProperty("id").GetString();
        using var confirmed = await _reviewer.SendWithETagAsync(
            HttpMethod.Put, $"/api/v1/receipts/{first.GetProperty("receiptId").GetString()}/match",
            first.GetProperty("eTag").GetString()!, new { transactionId = charge });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        using var taken = await _reviewer.SendWithETagAsync(
            HttpMethod.Put, $"/api/v1/receipts/{second.GetProperty("receiptId").GetString()}/match",
            second.GetProperty("eTag").GetString()!, new { transactionId = charge });

        await AssertRefusedAsync(taken, "receipt", "Confirmed", "GiveWay", "undo that match first");
    }

    private Task<Guid> SeedAsync() =>
        SessionSeeder.SeedAsync(api, Fixtures.Car("car-2001-002.pdf"), Fixtures.Car("receipt-images-2001-002.pdf"));

    private static async Task AssertRefusedAsync(
        HttpResponseMessage response, string entity, string status, string action, string detail)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            (409, "Not allowed in the current state", entity, status, action),
            (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(),
                problem.GetProperty("entity").GetString(), problem.GetProperty("currentStatus").GetString(),
                problem.GetProperty("action").GetString()));
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }
}
