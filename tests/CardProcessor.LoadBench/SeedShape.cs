namespace CardProcessor.LoadBench;

/// <summary>
/// How much to seed. The ratios follow the month-end session measured in issue 12: 2,000 transactions,
/// 919 receipts (46%), 379 issues (19%) and about 20 cards per session.
/// </summary>
public sealed record SeedShape(int Sessions, int TransactionsPerSession)
{
    public int CardsPerSession => Math.Max(1, TransactionsPerSession / 100);

    public int ReceiptsPerSession => TransactionsPerSession * 46 / 100;

    public int IssuesPerSession => TransactionsPerSession * 19 / 100;
}
