namespace CardProcessor.Reports;

/// <summary>How the ERP import writes Transaction Date, Invoice # and Invoice Date.</summary>
public enum ErpDateFormat
{
    /// <summary>
    /// The old desktop tool's file, which the accounts-payable import was set up for: dates as
    /// <c>MM/DD/YYYY</c> (the invoice date the first of the month, <c>11/01/2024</c>), and the invoice
    /// number as the card's last four, a space and <c>MM01YY</c> (<c>4968 110124</c>).
    /// </summary>
    Legacy,

    /// <summary>
    /// ISO 8601 dates (<c>2024-11-01</c>) and the invoice number without the space (<c>4968110124</c>).
    /// </summary>
    Iso,
}
