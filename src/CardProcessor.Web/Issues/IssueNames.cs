using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Issues;

/// <summary>Employee names and masked cards of a session, so issue rows show people instead of ids.</summary>
public sealed class IssueNames(IReadOnlyDictionary<Guid, string> employees, IReadOnlyDictionary<Guid, string> cards)
{
    public static readonly IssueNames Empty = new(new Dictionary<Guid, string>(), new Dictionary<Guid, string>());

    public string Employee(Guid? id) => id is { } key && employees.TryGetValue(key, out var name) ? name : "";

    public string Card(Guid? id) => id is { } key && cards.TryGetValue(key, out var masked) ? masked : "";

    public static async Task<IssueNames> LoadAsync(ApiClient api, Guid sessionId, CancellationToken cancellationToken)
    {
        var cards = await api.GetAsync<Paged<StatementCard>>($"sessions/{sessionId}/cards?pageSize=500",
            cancellationToken);
        var employees = await api.GetAsync<Paged<Employee>>(
            $"sessions/{sessionId}/employees?pageSize=500", cancellationToken);
        return new IssueNames(
            employees.Items.ToDictionary(e => e.Id, e => e.DisplayName ?? e.Name),
            cards.Items.ToDictionary(c => c.CardId, c => $"•••• {c.Last4}"));
    }
}
