namespace CardProcessor.Reports.Summary;

/// <param name="Total">Charges less credits.</param>
public sealed record TransactionTotals(int Count, decimal Total, decimal Charges, decimal Credits);
