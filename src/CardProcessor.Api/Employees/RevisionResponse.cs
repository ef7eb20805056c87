using CardProcessor.Data.Employees;

namespace CardProcessor.Api.Employees;

public sealed record RevisionResponse(
    int Revision,
    RevisionSource Source,
    string Actor,
    string? Reason,
    Guid? SessionId,
    DateTimeOffset CreatedAt,
    bool IsCurrent,
    EmployeeSnapshot Snapshot,
    IReadOnlyList<FieldChange> Changes);

/// <summary>One field that differs from the previous revision.</summary>
public sealed record FieldChange(string Field, string? From, string? To);
