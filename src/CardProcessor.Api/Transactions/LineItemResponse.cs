using CardProcessor.Reports.Rows;

namespace CardProcessor.Api.Transactions;

public sealed record LineItemResponse(
    int LineNumber,
    string Description,
    decimal? UnitPrice,
    decimal? Quantity,
    decimal Gross,
    decimal Discount,
    decimal Net)
{
    public static LineItemResponse From(LineItemRow l) =>
        new(l.LineNumber, l.Description, l.UnitPrice, l.Quantity, l.Gross, l.Discount, l.Net);
}
