namespace CardProcessor.Data.Employees;

/// <summary>An employee's details at one revision, stored as a JSONB document.</summary>
public sealed record EmployeeSnapshot
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? EmployeeNumber { get; init; }

    public string? Department { get; init; }

    public string? CostCentre { get; init; }

    public string? GlCode { get; init; }

    public string? Manager { get; init; }

    public List<string> CardLast4 { get; init; } = [];
}
