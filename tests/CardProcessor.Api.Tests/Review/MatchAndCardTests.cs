using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Review;

public sealed class MatchAndCardTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");

    [Fact]
    public async Task Matches_show_each_receipt_with_its_charge_score_and_reason()
    {
        var sessionId = await SeedAsync();

        var matches = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{sessionId}/matches?pageSize=500");

        var items = matches.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(9, items.Count);
        Assert.All(items, m =>
        {
            Assert.Equal("Matched", m.GetProperty("status").GetString());
            Assert.True(m.GetProperty("score").GetDecimal() >= 0.6m);
            Assert.False(string.IsNullOrEmpty(m.GetProperty("reason").GetString()));
            Assert.Equal(JsonValueKind.Object, m.GetProperty("transaction").ValueKind);
        });
    }

    [Fact]
    public async Task A_reviewer_undoes_a_match_and_the_issues_follow_then_confirms_it_again()
    {
        var sessionId = await SeedAsync();
        var match = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/matches"))
                .GetProperty("items")[0];
        var receiptId = match.GetProperty("receiptId").GetString();
        var transactionId = match.GetProperty("transaction").GetProperty("id").GetString();

        using var missing = await _reviewer.PutAsJsonAsync(
            $"/api/v1/receipts/{receiptId}/match",
            new { transactionId = (string?)null });
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        using var undone = await _reviewer.SendWithETagAsync(
            HttpMethod.Put,
            $"/api/v1/receipts/{receiptId}/match",
            match.GetProperty("eTag").GetString()!,
            new { transactionId = (string?)null });
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        var dismissed = await undone.ReadJsonAsync();
        Assert.Equal("Dismissed", dismissed.GetProperty("status").GetString());
        var issues = await OpenIssuesAsync(sessionId);
        Assert.Contains(issues, i => i.GetProperty("rule").GetString() == "receipt-without-charge"
            && i.GetProperty("receiptId").GetString() == receiptId);
        Assert.Contains(issues, i => i.GetProperty("rule").GetString() == "charge-without-receipt"
            && i.GetProperty("transactionId").GetString() == transactionId);

        using var confirmed = await _reviewer.SendWithETagAsync(
            HttpMethod.Put,
            $"/api/v1/receipts/{receiptId}/match",
            dismissed.GetProperty("eTag").GetString()!,
            new { transactionId });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Confirmed", (await confirmed.ReadJsonAsync()).GetProperty("status").GetString());
        issues = await OpenIssuesAsync(sessionId);
        Assert.DoesNotContain(issues, i => i.GetProperty("receiptId").GetString() == receiptId
            && i.GetProperty("rule").GetString() == "receipt-without-charge");
        Assert.DoesNotContain(issues, i => i.GetProperty("transactionId").GetString() == transactionId
            && i.GetProperty("rule").GetString() == "charge-without-receipt");
    }

    [Fact]
    public async Task Assigning_an_owner_to_a_vehicle_card_closes_its_unassigned_card_issue()
    {
        var sessionId = await SeedAsync();
        var vehicle = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/cards")).GetProperty("items")
            .EnumerateArray()
            .First(c => c.GetProperty("isVehicle").GetBoolean());
        var cardId = vehicle.GetProperty("cardId").GetString();
        var person = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/employees"))
                .GetProperty("items")[0]
            .GetProperty("id")
            .GetString();
        Assert.Contains(await OpenIssuesAsync(sessionId), i => i.GetProperty("rule").GetString() == "unassigned-card"
            && i.GetProperty("cardId").GetString() == cardId);

        var etag = await _reviewer.ETagOfAsync($"/api/v1/cards/{cardId}");
        using var response = await _reviewer.SendWithETagAsync(
            HttpMethod.Put,
            $"/api/v1/cards/{cardId}/owner",
            etag,
            new { employeeId = person });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(person, (await response.ReadJsonAsync()).GetProperty("employeeId").GetString());
        Assert.DoesNotContain(
            await OpenIssuesAsync(sessionId),
            i => i.GetProperty("rule").GetString() == "unassigned-card"
            && i.GetProperty("cardId").GetString() == cardId);
        var transactions = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{sessionId}/transactions?cardId={cardId}");
        Assert.All(
            transactions.GetProperty("items").EnumerateArray(),
            t => Assert.Equal(person, t.GetProperty("employeeId").GetString()));
    }

    [Fact]
    public async Task A_vehicle_card_reads_as_its_unit_while_the_printed_holder_name_stays_as_printed()
    {
        var sessionId = await SeedAsync();

        var cards = (await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/cards"))
            .GetProperty("items").EnumerateArray().ToList();

        var vehicle = Assert.Single(cards, c => c.GetProperty("isVehicle").GetBoolean());
        Assert.Equal(("144VEHICLE UNIT", "Vehicle unit 144"),
            (vehicle.GetProperty("holderName").GetString(), vehicle.GetProperty("displayName").GetString()));
        Assert.All(cards.Where(c => !c.GetProperty("isVehicle").GetBoolean()),
            c => Assert.Equal(c.GetProperty("holderName").GetString(), c.GetProperty("displayName").GetString()));
        var card = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/cards/{vehicle.GetProperty("cardId").GetString()}");
        Assert.Equal("Vehicle unit 144", card.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_card_shows_the_customer_id_and_employee_number_its_statement_printed()
    {
        var sessionId = await SeedAsync();

        var cards = (await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/cards"))
            .GetProperty("items").EnumerateArray().ToList();

        var vehicle = Assert.Single(cards, c => c.GetProperty("isVehicle").GetBoolean());
        Assert.Equal(vehicle.GetProperty("employeeNumber").GetString(),
            vehicle.GetProperty("cardEmployeeNumber").GetString());
        Assert.Equal("144", vehicle.GetProperty("cardEmployeeNumber").GetString());
        var card = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/cards/{vehicle.GetProperty("cardId").GetString()}");
        Assert.Equal(vehicle.GetProperty("cardEmployeeNumber").GetString(),
            card.GetProperty("employeeNumber").GetString());
        Assert.Equal(vehicle.GetProperty("customerId").GetString(), card.GetProperty("customerId").GetString());
        Assert.Contains(cards, c => c.GetProperty("customerId").ValueKind == JsonValueKind.String);
    }

    private Task<Guid> SeedAsync() =>
        SessionSeeder.SeedAsync(api, Fixtures.Car("car-2001-002.pdf"), Fixtures.Car("receipt-images-2001-002.pdf"));

    private async Task<List<JsonElement>> OpenIssuesAsync(Guid sessionId) =>
        (await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/issues?status=Open&pageSize=500"))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();
}
