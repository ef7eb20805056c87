namespace CardProcessor.Web.Api.Models;

public sealed record EmployeeRevision(
    int Revision, string Source, string Actor, string? Reason, DateTimeOffset CreatedAt, bool IsCurrent,
    IReadOnlyList<FieldChange> Changes);
