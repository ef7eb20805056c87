namespace CardProcessor.Api.Employees;

/// <summary>One field that differs from the previous revision.</summary>
public sealed record FieldChange(string Field, string? From, string? To);
