namespace CardProcessor.Reports.Trends;

public sealed record TrendPoint(string Month, int Count, decimal Total);
