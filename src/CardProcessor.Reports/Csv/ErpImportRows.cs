using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Extraction.Model;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class ErpImportRows
{
    public const int JobPayType = 2;
    public const int LedgerPayType = 1;

    /// <summary>
    /// One line per coded receipt with a card. An uncoded receipt is left out (it is a missing-coding
    /// issue), and so is one tied to no card (a receipt-without-charge issue of someone holding several
    /// cards): the import has nowhere to put it. The invoice number and date come from the session's
    /// statement month, never from the day the file is made.
    /// </summary>
    public static async IAsyncEnumerable<ErpImportRow> Query(
        CardProcessorDbContext db,
        ReportSession session,
        ReportsOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var format = new ErpImportFormat(options.ErpImport.DateFormat, session.StatementMonth);
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var receipts = ReceiptRow.OfSession(db, session.Id)
            .Where(r => r.CodingType != null && r.CardId != null)
            .AsAsyncEnumerable();
        await foreach (var r in receipts.WithCancellation(cancellationToken))
        {
            if (!cards.TryGetValue(r.CardId!.Value, out var card))
            {
                continue;
            }

            var job = r.CodingType == nameof(CodingType.Job);
            yield return new ErpImportRow
            {
                TransactionId = r.ExpenseTransactionId,
                TransactionDate = format.Date(r.Date),
                TransactionAmount = r.Amount,
                TransactionName = r.Purpose,
                Vendor = options.ErpVendor,
                InvoiceNumber = format.InvoiceNumber(card.Last4),
                InvoiceDate = format.InvoiceDate,
                HeaderDescription = names.Of(r.EmployeeId) ?? r.EmployeeName,
                Job = job ? r.Job : null,
                Phase = job ? r.Phase : null,
                CostType = job ? r.CostType : null,
                GlAccount = job ? null : r.GlAccount,
                ItemDescription = r.Title,
                UnitOfMeasure = options.ErpUnitOfMeasure,
                Tax = options.ErpTaxCode,
                PayType = job ? JobPayType : LedgerPayType,
                CardHolder = card.HolderName,
                CreditCardNumber = card.Last4,
                CreditCardVendor = r.Merchant,
            };
        }
    }
}
