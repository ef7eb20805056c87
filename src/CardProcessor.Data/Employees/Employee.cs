namespace CardProcessor.Data.Employees;

/// <summary>
/// A person, stable across sessions: matched by employee id, else by normalised name. Its details
/// live in revisions; <see cref="CurrentRevisionId"/> points at the one in force.
/// </summary>
public sealed class Employee
{
    public Guid Id { get; set; }

    /// <summary>The employee id as the documents print it, when they do.</summary>
    public string? EmployeeNumber { get; set; }

    /// <summary>
    /// Upper-case letters of the name only (<c>JANEDOE</c>), the key used to match people across documents.
    /// </summary>
    public required string NormalizedName { get; set; }

    public Guid? CurrentRevisionId { get; set; }

    public EmployeeRevision? CurrentRevision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    public List<EmployeeRevision> Revisions { get; } = [];
}
