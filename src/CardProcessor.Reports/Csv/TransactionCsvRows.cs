using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class TransactionCsvRows
{
    /// <summary>Every charge and credit of the session in statement order.</summary>
    public static async IAsyncEnumerable<TransactionCsvRow> Query(CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var transactions = db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == session.Id)
            .OrderBy(t => t.DocumentId).ThenBy(t => t.Sequence)
            .Select(t => new
            {
                t.CardId, t.Reference, t.TransactionDate, t.PostingDate, t.Merchant, t.City, t.State, t.Mcc, t.MerchantGroup, t.Level, t.Amount,
                t.ForeignAmount, t.ForeignCurrency, t.ForeignRate, t.Page,
                ReceiptMatched = db.Receipts.Any(r => r.MatchedTransactionId == t.Id && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed)),
                LineItems = t.LineItems.Count,
            })
            .AsAsyncEnumerable();
        await foreach (var t in transactions.WithCancellation(cancellationToken))
        {
            var card = cards[t.CardId];
            yield return new TransactionCsvRow
            {
                Reference = t.Reference,
                TransactionDate = t.TransactionDate,
                PostingDate = t.PostingDate,
                Card = card.Last4,
                CardHolder = card.HolderName,
                EmployeeNumber = card.EmployeeNumber,
                Name = card.Name,
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
                ReceiptMatched = t.ReceiptMatched,
                LineItems = t.LineItems,
                Page = t.Page,
            };
        }
    }
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

    /// <summary>The employee's name, or the vehicle's as printed.</summary>
    [CsvColumn("Name")]
    public required string Name { get; init; }

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
