namespace CardProcessor.Data.Employees;

public sealed class EmployeeRevision
{
    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    public int RevisionNumber { get; set; }

    public required EmployeeSnapshot Snapshot { get; set; }

    public RevisionSource Source { get; set; }

    public required string Actor { get; set; }

    public string? Reason { get; set; }

    /// <summary>The session whose extraction produced the revision, if any.</summary>
    public Guid? SessionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
