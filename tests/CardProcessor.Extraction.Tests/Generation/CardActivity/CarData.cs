namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

internal sealed record CarLineItem(string Description, decimal UnitPrice, decimal Quantity, decimal Gross,
    decimal Discount)
{
    public decimal Net => Gross - Discount;
}

internal sealed record CarTransaction(
    DateOnly TransactionDate,
    DateOnly PostingDate,
    string Level,
    string Reference,
    string Merchant,
    string City,
    string State,
    string Group,
    IReadOnlyList<CarLineItem> Items)
{
    public decimal Gross => Items.Sum(i => i.Gross);

    public decimal Discount => Items.Sum(i => i.Discount);

    public decimal Net => Items.Sum(i => i.Net);
}

/// <param name="CustomerId">The section's own customer id; null prints the report's.</param>
internal sealed record CarCard(
    string Name,
    bool IsVehicle,
    string EmployeeId,
    string CardNumber,
    IReadOnlyList<CarTransaction> Transactions,
    string? CustomerId = null)
{
    public decimal Total => Transactions.Sum(t => t.Net);

    /// <summary>The category totals in printed order; merchant groups print in capitals under their category.</summary>
    public IReadOnlyList<(string Category, decimal Amount)> CategoryTotals =>
        FakeData.CategoryHeadings
            .Select(c => (c, Transactions.Where(t => CategoryOf(t.Group) == c).Sum(t => t.Net)))
            .ToList();

    private static string CategoryOf(string group) =>
        FakeData.CategoryHeadings.FirstOrDefault(c => c.Equals(group, StringComparison.OrdinalIgnoreCase)) ?? "Other";
}

/// <summary>A card activity report's content.</summary>
internal sealed record CarData(
    string Company,
    string AccountCode,
    string CustomerId,
    DateTime ProducedOn,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    bool TokenLabel,
    IReadOnlyList<CarCard> Cards)
{
    public decimal GrandTotal => Cards.Sum(c => c.Total);

    public IEnumerable<CarLineItem> LineItems => Cards.SelectMany(c => c.Transactions).SelectMany(t => t.Items);
}
