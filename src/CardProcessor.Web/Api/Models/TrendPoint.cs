namespace CardProcessor.Web.Api.Models;

public sealed record TrendPoint(
    string Month, int Count, decimal Total);
