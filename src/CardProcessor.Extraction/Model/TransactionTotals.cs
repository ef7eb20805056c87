namespace CardProcessor.Extraction.Model;

public sealed record TransactionTotals(decimal Gross, decimal Discount, decimal Net);
