using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Review;

public sealed class EmployeeRevisionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");

    [Fact]
    public async Task Editing_an_employee_creates_a_revision_and_the_history_shows_the_field_level_diff()
    {
        var employeeId = await FirstEmployeeAsync();
        var etag = await _reviewer.ETagOfAsync($"/api/v1/employees/{employeeId}");
        var revisionsBefore = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{employeeId}/history")).GetArrayLength();

        using var noReason = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch,
            $"/api/v1/employees/{employeeId}",
            etag,
            new { department = "Field Ops" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var noETag = await _reviewer.PatchAsJsonAsync(
            $"/api/v1/employees/{employeeId}",
            new { reason = "HR update", department = "Field Ops" });
        Assert.Equal(HttpStatusCode.PreconditionRequired, noETag.StatusCode);

        using var edited = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch,
            $"/api/v1/employees/{employeeId}",
            etag,
            new { reason = "HR update", department = "Field Ops", costCentre = "CC-410" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var employee = await edited.ReadJsonAsync();
        Assert.Equal("Field Ops", employee.GetProperty("department").GetString());
        Assert.Equal(revisionsBefore + 1, employee.GetProperty("revision").GetInt32());
        var history = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{employeeId}/history")).EnumerateArray()
            .ToList();
        Assert.Equal(
            Enumerable.Range(1, revisionsBefore + 1).Reverse(),
            history.Select(r => r.GetProperty("revision").GetInt32()));
        var latest = history[0];
        Assert.Equal("ManualEdit", latest.GetProperty("source").GetString());
        Assert.Equal("HR update", latest.GetProperty("reason").GetString());
        Assert.Equal("reviewer@tests.local", latest.GetProperty("actor").GetString());
        Assert.True(latest.GetProperty("isCurrent").GetBoolean());
        var changes = latest.GetProperty("changes")
            .EnumerateArray()
            .Select(
                c => (
                    c.GetProperty("field").GetString(),
                    c.GetProperty("from").GetString(),
                    c.GetProperty("to").GetString()))
            .ToList();
        Assert.Equal([("department", null, "Field Ops"), ("costCentre", null, "CC-410")], changes);
        Assert.Equal("Extraction", history[1].GetProperty("source").GetString());

        using var stale = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch,
            $"/api/v1/employees/{employeeId}",
            etag,
            new { reason = "late", manager = "Someone" });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task Only_the_last_four_digits_of_a_card_are_accepted()
    {
        var employeeId = await FirstEmployeeAsync();
        var etag = await _reviewer.ETagOfAsync($"/api/v1/employees/{employeeId}");

        using var response = await _reviewer.SendWithETagAsync(
            HttpMethod.Patch,
            $"/api/v1/employees/{employeeId}",
            etag,
            new { reason = "new card", cardLast4 = new[] { "12345" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Aliases_are_added_listed_refused_twice_and_removed()
    {
        var employeeId = await FirstEmployeeAsync();

        using var added = await _reviewer.PostAsJsonAsync(
            $"/api/v1/employees/{employeeId}/aliases",
            new { alias = "Jo-Anne O'Neil" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("JOANNEONEIL", (await added.ReadJsonAsync()).GetProperty("normalizedAlias").GetString());
        using var twice = await _reviewer.PostAsJsonAsync(
            $"/api/v1/employees/{employeeId}/aliases",
            new { alias = "JOANNE ONEIL" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var list = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{employeeId}/aliases");
        Assert.Equal("Jo-Anne O'Neil", Assert.Single(list.EnumerateArray()).GetProperty("alias").GetString());

        using var removed = await _reviewer.DeleteAsync(
            $"/api/v1/employees/{employeeId}/aliases?alias=Jo-Anne%20O'Neil");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var aliases = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/employees/{employeeId}/aliases");
        Assert.Empty(aliases.EnumerateArray());
    }

    [Fact]
    public async Task An_alias_moves_a_receipt_report_name_onto_the_statement_s_cardholder()
    {
        var sessionId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));
        var employees = (
            await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/employees"))
                .GetProperty("items")
            .EnumerateArray()
            .ToList();
        var maria = employees.Single(e => e.GetProperty("name").GetString() == "MARIADOE");
        var alias = "Maria Q. Dough";

        using var added = await _reviewer.PostAsJsonAsync(
            $"/api/v1/employees/{maria.GetProperty("id").GetString()}/aliases",
            new { alias });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        // As if the receipt report had called her by that other name.
        await using (var db = api.Database.CreateContext())
        {
            var receipt = await db.Receipts.FirstAsync(r => r.SessionId == sessionId);
            receipt.EmployeeName = alias;
            receipt.EmployeeId = null;
            await db.SaveChangesAsync();
        }

        using var validate = await _reviewer.PostAsync($"/api/v1/sessions/{sessionId}/validate", null);
        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);

        var receipts = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{sessionId}/receipts?pageSize=500");
        var moved = receipts.GetProperty("items")
            .EnumerateArray()
            .Single(r => r.GetProperty("employeeName").GetString() == alias);
        Assert.Equal(maria.GetProperty("id").GetString(), moved.GetProperty("employeeId").GetString());
    }

    private async Task<string> FirstEmployeeAsync()
    {
        var sessionId = await SessionSeeder.SeedAsync(
            api,
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));
        var employees = await _reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/employees");
        return employees.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
