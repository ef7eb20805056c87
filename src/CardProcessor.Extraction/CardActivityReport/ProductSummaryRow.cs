namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>A row of the last page's product summary, or its <c>Grand Total</c> row.</summary>
internal sealed record ProductSummaryRow(string Description, int? Count, decimal? Units, decimal? Gross,
    decimal? Discount, decimal Net, int Page);
