using CardProcessor.Reports.Rows;

namespace CardProcessor.Api.Transactions;

/// <summary>The totals a fuel charge prints under its line items.</summary>
public sealed record TotalsResponse(decimal Gross, decimal Discount, decimal Net)
{
    /// <summary>Null when the statement prints no totals for the charge.</summary>
    public static TotalsResponse? From(TransactionRow t) =>
        t.TotalsNet is null ? null : new(t.TotalsGross!.Value, t.TotalsDiscount!.Value, t.TotalsNet.Value);
}
