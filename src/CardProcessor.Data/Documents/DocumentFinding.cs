namespace CardProcessor.Data.Documents;

/// <summary>A reconciliation finding of the extractor, kept with the document it was found in.</summary>
public sealed record DocumentFinding
{
    public required string Code { get; init; }

    public required string Message { get; init; }

    public string? CardLast4 { get; init; }

    public string? Reference { get; init; }

    public decimal? Printed { get; init; }

    public decimal? Extracted { get; init; }

    public int? Page { get; init; }
}
