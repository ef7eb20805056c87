using CardProcessor.Data.Employees;

namespace CardProcessor.Api.Employees;

/// <summary>Field-level differences between two consecutive revisions of an employee.</summary>
internal static class SnapshotDiff
{
    private static readonly (string Field, Func<EmployeeSnapshot, string?> Read)[] s_fields =
    [
        ("name", s => s.Name),
        ("displayName", s => s.DisplayName),
        ("employeeNumber", s => s.EmployeeNumber),
        ("department", s => s.Department),
        ("costCentre", s => s.CostCentre),
        ("glCode", s => s.GlCode),
        ("manager", s => s.Manager),
        ("cardLast4", s => s.CardLast4.Count == 0 ? null : string.Join(", ", s.CardLast4)),
    ];

    public static IReadOnlyList<FieldChange> Between(EmployeeSnapshot? previous, EmployeeSnapshot current) =>
        s_fields
            .Select(f => new FieldChange(f.Field, previous is null ? null : f.Read(previous), f.Read(current)))
            .Where(c => previous is null ? c.To is not null : !string.Equals(c.From, c.To, StringComparison.Ordinal))
            .ToList();
}
