namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>Which printed total of a generated statement is printed one dollar off.</summary>
internal enum StatementTamper
{
    None,
    CardholderTotal,
    SummaryRow,
    StatementTotal,
}
