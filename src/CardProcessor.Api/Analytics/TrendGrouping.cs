namespace CardProcessor.Api.Analytics;

/// <summary>What a trend's series are: one per employee, per expense category, or per merchant group.</summary>
internal enum TrendGrouping
{
    Employee,
    Category,
    MerchantGroup,
}
