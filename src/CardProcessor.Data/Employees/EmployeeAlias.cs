namespace CardProcessor.Data.Employees;

/// <summary>Another spelling of an employee's name, maintained by reviewers where normalisation fails.</summary>
public sealed class EmployeeAlias
{
    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    /// <summary>The alias as typed.</summary>
    public required string Alias { get; set; }

    /// <summary>The alias normalised the way names are matched.</summary>
    public required string NormalizedAlias { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
