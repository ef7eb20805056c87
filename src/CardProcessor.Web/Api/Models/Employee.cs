namespace CardProcessor.Web.Api.Models;

public sealed record Employee(
    Guid Id, string? EmployeeNumber, string Name, string? DisplayName, string? Department, string? CostCentre,
    string? GlCode, string? Manager, IReadOnlyList<string> CardLast4, int Revision, string ETag);
