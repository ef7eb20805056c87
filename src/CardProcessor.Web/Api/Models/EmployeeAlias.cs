namespace CardProcessor.Web.Api.Models;

public sealed record EmployeeAlias(Guid Id, string Alias);
