namespace CardProcessor.Extraction.Model;

public sealed record ExtractedLineItem(
    string Description,
    decimal? UnitPrice,
    decimal? Quantity,
    decimal Gross,
    decimal Discount,
    decimal Net);
