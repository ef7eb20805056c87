namespace CardProcessor.Api.Employees;

public sealed record EmployeeResponse(
    Guid Id,
    string? EmployeeNumber,
    string Name,
    string? DisplayName,
    string? Department,
    string? CostCentre,
    string? GlCode,
    string? Manager,
    IReadOnlyList<string> CardLast4,
    int Revision,
    DateTimeOffset? RevisedAt,
    string ETag);
