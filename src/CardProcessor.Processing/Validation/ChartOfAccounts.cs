namespace CardProcessor.Processing.Validation;

/// <summary>The codes a receipt may be coded to. An empty list switches its check off.</summary>
public sealed class ChartOfAccounts
{
    public List<string> Jobs { get; set; } = [];

    public List<string> Phases { get; set; } = [];

    public List<string> CostTypes { get; set; } = [];

    public List<string> GlAccounts { get; set; } = [];
}
