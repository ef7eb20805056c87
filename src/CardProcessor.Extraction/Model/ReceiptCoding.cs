namespace CardProcessor.Extraction.Model;

/// <summary>Job coding (job, phase, cost type) or GL coding (account) of a receipt.</summary>
public sealed record ReceiptCoding
{
    public required CodingType Type { get; init; }

    public string? Job { get; init; }

    public string? JobName { get; init; }

    public string? Phase { get; init; }

    public string? PhaseName { get; init; }

    public string? CostType { get; init; }

    public string? GlAccount { get; init; }

    public string? GlDescription { get; init; }
}
