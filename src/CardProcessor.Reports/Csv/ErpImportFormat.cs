using System.Globalization;

namespace CardProcessor.Reports.Csv;

/// <summary>
/// The ERP import's dates and invoice number for one statement month, in the configured
/// <see cref="ErpDateFormat"/>. The invoice is the statement month's whatever day the file is made.
/// </summary>
internal sealed class ErpImportFormat(ErpDateFormat format, DateOnly statementMonth)
{
    private readonly string _dateFormat = format == ErpDateFormat.Legacy ? "MM/dd/yyyy" : "yyyy-MM-dd";
    private readonly string _monthSuffix = statementMonth.ToString("MM01yy", CultureInfo.InvariantCulture);

    /// <summary>The first day of the statement month: <c>11/01/2024</c>, or <c>2024-11-01</c>.</summary>
    public string InvoiceDate => Date(statementMonth);

    /// <summary>A receipt's date as the receipt prints it (<c>11/03/2024</c>), or as ISO.</summary>
    public string Date(DateOnly date) => date.ToString(_dateFormat, CultureInfo.InvariantCulture);

    /// <summary>The card's last four and the statement month: <c>4968 110124</c>, or <c>4968110124</c>.</summary>
    public string InvoiceNumber(string last4) =>
        format == ErpDateFormat.Legacy ? $"{last4} {_monthSuffix}" : last4 + _monthSuffix;
}
