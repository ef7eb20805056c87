using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Review;

public sealed class SessionLineageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");

    [Fact]
    public async Task A_child_session_is_compared_with_its_parent_by_transaction_and_by_issue()
    {
        var parentId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));
        var parentIssues = await IssuesAsync(parentId);
        var uncovered = parentIssues.First(i => i.GetProperty("rule").GetString() == "charge-without-receipt");
        var removedReference = uncovered.GetProperty("transactionReference").GetString();
        // A charge a receipt pays gets a new amount in the corrected statement: the receipt no longer agrees with it.
        var paid = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{parentId}/matches"))
                .GetProperty("items")[0];
        var changedReference = paid.GetProperty("transaction").GetProperty("reference").GetString();
        const decimal NewAmount = 999.99m;

        var childId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"),
            parentId,
            statement => statement with
        {
            Cardholders = statement.Cardholders.Select(c => c with
            {
                Transactions = c.Transactions
                    .Where(t => t.Reference != removedReference)
                    .Select(t => t.Reference == changedReference ? t with { Amount = NewAmount } : t)
                    .ToList(),
            }).ToList(),
        });

        var comparison = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{childId}/compare");

        Assert.Equal(parentId.ToString(), comparison.GetProperty("parentSessionId").GetString());
        Assert.Empty(comparison.GetProperty("transactionsAdded").EnumerateArray());
        Assert.Equal(
            removedReference,
            Assert.Single(comparison.GetProperty("transactionsRemoved").EnumerateArray())
                .GetProperty("reference")
                .GetString());
        var changed = Assert.Single(comparison.GetProperty("transactionsChanged").EnumerateArray());
        Assert.Equal(changedReference, changed.GetProperty("after").GetProperty("reference").GetString());
        Assert.Equal(NewAmount, changed.GetProperty("after").GetProperty("amount").GetDecimal());
        Assert.Equal(["amount"], changed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(
            comparison.GetProperty("issuesClosed").EnumerateArray(),
            i => i.GetProperty("rule").GetString() == "charge-without-receipt"
            && i.GetProperty("subject").GetString()!.Contains(removedReference!, StringComparison.Ordinal));
        Assert.Contains(
            comparison.GetProperty("issuesOpened").EnumerateArray(),
            i => i.GetProperty("rule").GetString() == "amount-mismatch"
            && i.GetProperty("message").GetString()!.Contains(changedReference!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_without_a_parent_has_nothing_to_compare()
    {
        var sessionId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));

        using var response = await _reviewer.GetAsync($"/api/v1/sessions/{sessionId}/compare");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Approval_needs_every_error_closed_and_freezes_the_session()
    {
        // This pair has a receipt 120% away from its charge: an error-severity amount mismatch.
        var sessionId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-001.pdf"),
            Fixtures.Car("receipt-images-2001-001.pdf"));
        var errors = (await IssuesAsync(sessionId)).Where(i => i.GetProperty("severity").GetString() == "Error")
            .ToList();
        Assert.NotEmpty(errors);

        using var refused = await _reviewer.PostAsync($"/api/v1/sessions/{sessionId}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        using (
            var bulk = await _reviewer.PostAsJsonAsync(
                "/api/v1/issues/bulk",
                new { issueIds = errors.Select(
                    e => e.GetProperty("id").GetString()), status = "Waived", note = "Accepted by the controller." }))
        {
            Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        }

        using var approved = await _reviewer.PostAsync($"/api/v1/sessions/{sessionId}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await approved.ReadJsonAsync()).GetProperty("status").GetString());

        var open = (await IssuesAsync(sessionId)).First();
        var etag = await _reviewer.ETagOfAsync($"/api/v1/issues/{open.GetProperty("id").GetString()}");
        using var frozen = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch,
            $"/api/v1/issues/{open.GetProperty("id").GetString()}",
            etag,
            new { status = "Resolved", note = "late" });
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        using var validate = await _reviewer.PostAsync($"/api/v1/sessions/{sessionId}/validate", null);
        Assert.Equal(HttpStatusCode.Conflict, validate.StatusCode);
    }

    [Fact]
    public async Task Only_reviewers_and_admins_approve()
    {
        var sessionId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));

        using var processor = await api.ClientFor("Processor").PostAsync($"/api/v1/sessions/{sessionId}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, processor.StatusCode);
    }

    private async Task<List<JsonElement>> IssuesAsync(Guid sessionId) =>
        (await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/issues?status=Open&pageSize=500"))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();
}
