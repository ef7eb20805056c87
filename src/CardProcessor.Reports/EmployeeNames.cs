using CardProcessor.Data;
using CardProcessor.Data.Cards;
using CardProcessor.Data.Employees;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports;

/// <summary>
/// The name reports print for an employee: the display name of record ("Jane A. Doe"), else the printed name.
/// </summary>
internal sealed class EmployeeNames(IReadOnlyDictionary<Guid, string> names)
{
    public string? Of(Guid? employeeId) =>
        employeeId is { } id && names.TryGetValue(id, out var name) ? name : null;

    /// <summary>
    /// The name a card goes by: its holder's, or the printed holder name for a vehicle (named by its
    /// unit) or an unowned card.
    /// </summary>
    public string OfCard(bool isVehicle, Guid? employeeId, string holderName) =>
        isVehicle ? CardholderDisplayName.Of(holderName, isVehicle: true) : Of(employeeId) ?? holderName;

    /// <summary>The employees a session's statement or receipt report names.</summary>
    public static Task<EmployeeNames> LoadAsync(
        CardProcessorDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        LoadAsync(
            db.Employees.Where(e => db.StatementCards.Any(c => c.SessionId == sessionId && c.EmployeeId == e.Id)
                || db.Receipts.Any(r => r.SessionId == sessionId && r.EmployeeId == e.Id)
                || db.Transactions.Any(t => t.SessionId == sessionId && t.EmployeeId == e.Id)),
            cancellationToken);

    /// <summary>
    /// The names of <paramref name="employees"/>, by id: the current revision's display name, else its
    /// name, else the name as printed (the matching key).
    /// </summary>
    public static async Task<EmployeeNames> LoadAsync(
        IQueryable<Employee> employees, CancellationToken cancellationToken)
    {
        var names = await employees.AsNoTracking()
            .Select(e => new { e.Id, Name = e.CurrentRevision != null
                ? e.CurrentRevision.Snapshot.DisplayName ?? e.CurrentRevision.Snapshot.Name
                : e.NormalizedName })
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return new EmployeeNames(names);
    }
}
