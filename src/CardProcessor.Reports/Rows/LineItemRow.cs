using System.Linq.Expressions;
using CardProcessor.Data.Transactions;

namespace CardProcessor.Reports.Rows;

/// <summary>
/// A product line of a transaction (fuel grade, quantity, unit price), for the API's transaction list and the Line
/// Items sheet.
/// </summary>
public sealed record LineItemRow
{
    public static readonly Expression<Func<TransactionLineItem, LineItemRow>> Projection = l => new LineItemRow
    {
        TransactionId = l.TransactionId,
        LineNumber = l.LineNumber,
        Description = l.Description,
        UnitPrice = l.UnitPrice,
        Quantity = l.Quantity,
        Gross = l.Gross,
        Discount = l.Discount,
        Net = l.Net,
    };

    public Guid TransactionId { get; init; }

    public int LineNumber { get; init; }

    public required string Description { get; init; }

    public decimal? UnitPrice { get; init; }

    public decimal? Quantity { get; init; }

    public decimal Gross { get; init; }

    public decimal Discount { get; init; }

    public decimal Net { get; init; }
}
