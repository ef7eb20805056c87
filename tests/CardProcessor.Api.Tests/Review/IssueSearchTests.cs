using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Review;

public sealed class IssueSearchTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reviewer = api.ClientFor("Reviewer");

    [Fact]
    public async Task A_search_keeps_the_issues_whose_message_holds_the_term_whatever_its_case()
    {
        var session = await SeedAsync();
        var all = await IssuesAsync(session, "");
        // A word of some issue's message that not every message has: the search must keep some and drop some.
        var term = all.SelectMany(i => i.Message.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length >= 5 && word.All(char.IsLetter))
            .GroupBy(word => word, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.Key)
            .First(word => all.Any(i => !i.Message.Contains(word, StringComparison.OrdinalIgnoreCase)));

        var found = await IssuesAsync(session, term.ToUpperInvariant());

        Assert.NotEmpty(found);
        Assert.True(found.Count < all.Count, $"'{term}' kept all {all.Count} issues");
        Assert.All(found, i => Assert.True(
            i.Message.Contains(term, StringComparison.OrdinalIgnoreCase) || i.MentionsCardOrMerchant,
            $"'{i.Message}' does not hold '{term}'"));
        Assert.All(
            all.Where(i => i.Message.Contains(term, StringComparison.OrdinalIgnoreCase)),
            i => Assert.Contains(found, f => f.Id == i.Id));
    }

    [Fact]
    public async Task Wildcard_characters_in_the_term_are_literal()
    {
        var session = await SeedAsync();

        Assert.Empty(await IssuesAsync(session, "%"));
        Assert.Empty(await IssuesAsync(session, "_"));
        Assert.Empty(await IssuesAsync(session, "no such words anywhere"));
    }

    private async Task<List<FoundIssue>> IssuesAsync(Guid session, string search)
    {
        var page = await _reviewer.GetFromJsonAsync<JsonElement>(
            $"/api/v1/sessions/{session}/issues?pageSize=500&search={Uri.EscapeDataString(search)}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => new FoundIssue(
            i.GetProperty("id").GetString()!,
            i.GetProperty("message").GetString()!,
            i.GetProperty("transactionId").ValueKind == JsonValueKind.String
                || i.GetProperty("cardId").ValueKind == JsonValueKind.String))];
    }

    private Task<Guid> SeedAsync() =>
        SessionSeeder.SeedAsync(api, Fixtures.Car("car-2001-002.pdf"), Fixtures.Car("receipt-images-2001-002.pdf"));

    private sealed record FoundIssue(string Id, string Message, bool MentionsCardOrMerchant);
}
