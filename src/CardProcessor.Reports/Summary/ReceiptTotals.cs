namespace CardProcessor.Reports.Summary;

/// <param name="Matched">Receipts paying a charge, matched automatically or confirmed by a reviewer.</param>
public sealed record ReceiptTotals(int Count, decimal Total, int Matched, decimal MatchedTotal);
