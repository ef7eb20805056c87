namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>Which printed total of a generated card activity report is printed one dollar off.</summary>
internal enum CarTamper
{
    None,
    TransactionTotalsGross,
    TransactionTotalsNet,
    CategoryTotal,
    CardTotal,
    GrandTotal,
    ProductSummaryNet,
}
