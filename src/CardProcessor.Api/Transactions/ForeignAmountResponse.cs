using CardProcessor.Reports.Rows;

namespace CardProcessor.Api.Transactions;

/// <summary>A charge made in another currency: what it was there and the rate the issuer converted at.</summary>
public sealed record ForeignAmountResponse(string Currency, decimal OriginalAmount, decimal Rate)
{
    /// <summary>Null for a charge in the card's own currency.</summary>
    public static ForeignAmountResponse? From(TransactionRow t) =>
        t.ForeignCurrency is null ? null : new(t.ForeignCurrency, t.ForeignAmount!.Value, t.ForeignRate!.Value);
}
