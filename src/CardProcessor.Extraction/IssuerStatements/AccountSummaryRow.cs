namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>A row of the account summary page: a cardholder, the card's last four digits and the total.</summary>
internal sealed record AccountSummaryRow(string Name, string CardLast4, decimal Total, int Page);
