namespace CardProcessor.Api.Employees;

public sealed record AliasResponse(
    Guid Id,
    string Alias,
    string NormalizedAlias,
    string CreatedBy,
    DateTimeOffset CreatedAt);
