using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class ReceiptCsvRows
{
    /// <summary>Every receipt of the session in receipt-report order, with its coding and the charge it pays.</summary>
    public static async IAsyncEnumerable<ReceiptCsvRow> Query(CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var receipts = db.Receipts.AsNoTracking()
            .Where(r => r.SessionId == session.Id)
            .OrderBy(r => r.DocumentId).ThenBy(r => r.Sequence)
            .Select(r => new
            {
                r.EmployeeId, r.EmployeeName, r.ReportNumber, r.ExpenseType, r.Date, r.ExpenseTransactionId, r.Title, r.Amount, r.Purpose, r.Merchant,
                r.MerchantAddress, r.CodingType, r.Job, r.JobName, r.Phase, r.PhaseName, r.CostType, r.GlAccount, r.GlDescription, r.HasAttachment,
                r.MatchStatus, r.CardId, r.Page,
                MatchedReference = r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed ? r.MatchedTransaction!.Reference : null,
            })
            .AsAsyncEnumerable();
        await foreach (var r in receipts.WithCancellation(cancellationToken))
        {
            yield return new ReceiptCsvRow
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
                MatchedReference = r.MatchedReference,
                Card = r.CardId is { } cardId ? cards.GetValueOrDefault(cardId)?.Last4 : null,
                Page = r.Page,
            };
        }
    }
}

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
}
