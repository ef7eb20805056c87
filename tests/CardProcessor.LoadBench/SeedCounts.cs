namespace CardProcessor.LoadBench;

public sealed record SeedCounts(long Sessions, long Transactions, long Receipts, long Issues);
