using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Reports.Csv;

internal static class TransactionCsvRows
{
    /// <summary>Every charge and credit of the session in statement order.</summary>
    public static IAsyncEnumerable<TransactionCsvRow> Query(CardProcessorDbContext db, ReportSession session) =>
        db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == session.Id)
            .OrderBy(t => t.DocumentId).ThenBy(t => t.Sequence)
            .Select(t => new TransactionCsvRow
            {
                Reference = t.Reference,
                TransactionDate = t.TransactionDate,
                PostingDate = t.PostingDate,
                Card = t.Card!.Last4,
                CardHolder = t.Card.HolderName,
                EmployeeNumber = db.StatementCards.Where(c => c.SessionId == t.SessionId && c.CardId == t.CardId).Select(c => c.EmployeeNumber).FirstOrDefault(),
                Employee = db.Employees.Where(e => e.Id == t.EmployeeId)
                    .Select(e => e.CurrentRevision!.Snapshot.DisplayName ?? e.CurrentRevision.Snapshot.Name)
                    .FirstOrDefault(),
                Merchant = t.Merchant,
                City = t.City,
                State = t.State,
                Mcc = t.Mcc,
                MerchantGroup = t.MerchantGroup,
                Level = t.Level,
                Amount = t.Amount,
                ForeignAmount = t.ForeignAmount,
                ForeignCurrency = t.ForeignCurrency,
                ForeignRate = t.ForeignRate,
                ReceiptMatched = db.Receipts.Any(r => r.MatchedTransactionId == t.Id && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed)),
                LineItems = t.LineItems.Count,
                Page = t.Page,
            })
            .AsAsyncEnumerable();
}

[CsvRecord]
internal sealed partial record TransactionCsvRow
{
    [CsvColumn("Transaction #")]
    public string? Reference { get; init; }

    [CsvColumn("Transaction Date")]
    [CsvFormat("yyyy-MM-dd")]
    public DateOnly TransactionDate { get; init; }

    [CsvColumn("Posting Date")]
    [CsvFormat("yyyy-MM-dd")]
    public DateOnly? PostingDate { get; init; }

    [CsvColumn("Card")]
    public required string Card { get; init; }

    [CsvColumn("Card Holder")]
    public required string CardHolder { get; init; }

    [CsvColumn("Employee ID")]
    public string? EmployeeNumber { get; init; }

    [CsvColumn("Employee")]
    public string? Employee { get; init; }

    [CsvColumn("Merchant")]
    public required string Merchant { get; init; }

    [CsvColumn("City")]
    public string? City { get; init; }

    [CsvColumn("State")]
    public string? State { get; init; }

    [CsvColumn("MCC")]
    public int? Mcc { get; init; }

    [CsvColumn("Merchant Group")]
    public string? MerchantGroup { get; init; }

    [CsvColumn("Level")]
    public string? Level { get; init; }

    [CsvColumn("Amount")]
    public decimal Amount { get; init; }

    [CsvColumn("Foreign Amount")]
    public decimal? ForeignAmount { get; init; }

    [CsvColumn("Currency")]
    public string? ForeignCurrency { get; init; }

    [CsvColumn("Exchange Rate")]
    public decimal? ForeignRate { get; init; }

    [CsvColumn("Receipt Matched")]
    public bool ReceiptMatched { get; init; }

    [CsvColumn("Line Items")]
    public int LineItems { get; init; }

    [CsvColumn("Statement Page")]
    public int Page { get; init; }
}
