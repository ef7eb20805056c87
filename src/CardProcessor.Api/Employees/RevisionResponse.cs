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
