namespace CardProcessor.Web.Api.Models;

public sealed record LineItem(
    int LineNumber, string Description, decimal? UnitPrice, decimal? Quantity, decimal Gross, decimal Discount,
    decimal Net);
