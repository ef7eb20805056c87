namespace CardProcessor.Reports.Trends;

/// <summary>One group's count and total in one statement month, as the database adds them up.</summary>
internal sealed record TrendRow(int Year, int Month, string Key, string Label, int Count, decimal Total);
