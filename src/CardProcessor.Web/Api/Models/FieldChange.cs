namespace CardProcessor.Web.Api.Models;

public sealed record FieldChange(
    string Field, string? From, string? To);
