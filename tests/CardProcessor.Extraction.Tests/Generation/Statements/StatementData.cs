namespace CardProcessor.Extraction.Tests.Generation.Statements;

internal sealed record StatementForeign(string Currency, decimal OriginalAmount, int OriginalPlaces, decimal Rate,
    int RatePlaces);

internal sealed record StatementTransaction(
    DateOnly TransactionDate,
    DateOnly PostingDate,
    string Reference,
    string Merchant,
    string City,
    string State,
    int Mcc,
    decimal Amount,
    StatementForeign? Foreign);

internal sealed record StatementCardholder(string Name, string CardLast4, string? EmployeeId,
    IReadOnlyList<StatementTransaction> Transactions)
{
    public decimal Total => Transactions.Sum(t => t.Amount);
}

internal sealed record StatementData(string Company, DateOnly PeriodStart, DateOnly PeriodEnd,
    IReadOnlyList<StatementCardholder> Cardholders)
{
    public decimal Total => Cardholders.Sum(c => c.Total);
}
