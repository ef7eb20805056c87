using CardProcessor.Data.Receipts;
using CardProcessor.Reports.Rows;
using CsvHelper;

namespace CardProcessor.Reports.Csv;

/// <summary>
/// The receipts CSV's columns. They differ from the Receipts sheet's where a file to import and a sheet
/// to read differ: <c>True</c>/<c>False</c> rather than Yes/No, no matched amount (a CSV reader joins on
/// Transaction #), and the employee's column named Employee.
/// </summary>
[CsvRecord]
internal sealed partial record ReceiptCsvRow
{
    [CsvColumn("Employee")]
    public required string Employee { get; init; }

    [CsvColumn("Report #")]
    public string? ReportNumber { get; init; }

    [CsvColumn("Expense Type")]
    public string? ExpenseType { get; init; }

    [CsvColumn("Date")]
    [CsvFormat("yyyy-MM-dd")]
    public DateOnly Date { get; init; }

    [CsvColumn("Expense Transaction ID")]
    public string? ExpenseTransactionId { get; init; }

    [CsvColumn("Title")]
    public string? Title { get; init; }

    [CsvColumn("Amount")]
    public decimal Amount { get; init; }

    [CsvColumn("Purpose")]
    public string? Purpose { get; init; }

    [CsvColumn("Merchant Name")]
    public string? Merchant { get; init; }

    [CsvColumn("Merchant Address")]
    public string? MerchantAddress { get; init; }

    [CsvColumn("Coding")]
    public string? CodingType { get; init; }

    [CsvColumn("Job")]
    public string? Job { get; init; }

    [CsvColumn("Job Name")]
    public string? JobName { get; init; }

    [CsvColumn("Phase")]
    public string? Phase { get; init; }

    [CsvColumn("Phase Name")]
    public string? PhaseName { get; init; }

    [CsvColumn("Cost Type")]
    public string? CostType { get; init; }

    [CsvColumn("GL Account")]
    public string? GlAccount { get; init; }

    [CsvColumn("GL Description")]
    public string? GlDescription { get; init; }

    [CsvColumn("Has Attachment")]
    public bool? HasAttachment { get; init; }

    [CsvColumn("Match Status")]
    public MatchStatus MatchStatus { get; init; }

    [CsvColumn("Matched Transaction #")]
    public string? MatchedReference { get; init; }

    [CsvColumn("Card")]
    public string? Card { get; init; }

    [CsvColumn("Receipt Page")]
    public int Page { get; init; }

    public static ReceiptCsvRow From(
        ReceiptRow r, EmployeeNames names, IReadOnlyDictionary<Guid, CardLabel> cards) => new()
    {
        Employee = names.Of(r.EmployeeId) ?? r.EmployeeName,
        ReportNumber = r.ReportNumber,
        ExpenseType = r.ExpenseType,
        Date = r.Date,
        ExpenseTransactionId = r.ExpenseTransactionId,
        Title = r.Title,
        Amount = r.Amount,
        Purpose = r.Purpose,
        Merchant = r.Merchant,
        MerchantAddress = r.MerchantAddress,
        CodingType = r.CodingType,
        Job = r.Job,
        JobName = r.JobName,
        Phase = r.Phase,
        PhaseName = r.PhaseName,
        CostType = r.CostType,
        GlAccount = r.GlAccount,
        GlDescription = r.GlDescription,
        HasAttachment = r.HasAttachment,
        MatchStatus = r.MatchStatus,
        MatchedReference = r.PaidReference,
        Card = r.CardId is { } cardId ? cards.GetValueOrDefault(cardId)?.Last4 : null,
        Page = r.Page,
    };
}
