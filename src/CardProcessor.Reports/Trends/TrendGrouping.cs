namespace CardProcessor.Reports.Trends;

/// <summary>What a trend's series are: one per employee, per expense category, or per merchant group.</summary>
public enum TrendGrouping
{
    Employee,
    Category,
    MerchantGroup,
}
