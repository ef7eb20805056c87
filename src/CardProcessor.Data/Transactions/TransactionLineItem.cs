namespace CardProcessor.Data.Transactions;

public sealed class TransactionLineItem
{
    public Guid Id { get; set; }

    public Guid TransactionId { get; set; }

    public int LineNumber { get; set; }

    public required string Description { get; set; }

    public decimal? UnitPrice { get; set; }

    public decimal? Quantity { get; set; }

    public decimal Gross { get; set; }

    public decimal Discount { get; set; }

    public decimal Net { get; set; }
}
