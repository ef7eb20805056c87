using System.Globalization;
using CardProcessor.Data;
using CardProcessor.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Reports.Csv;

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
    public static IAsyncEnumerable<ErpImportRow> Query(CardProcessorDbContext db, ReportSession session, ReportsOptions options)
    {
        var monthSuffix = session.StatementMonth.ToString("MM01yy", CultureInfo.InvariantCulture);
        var invoiceDate = session.StatementMonth;
        var job = nameof(CodingType.Job);
        return (
                from r in db.Receipts.AsNoTracking()
                join c in db.Cards on r.CardId equals c.Id
                where r.SessionId == session.Id && r.CodingType != null
                orderby r.DocumentId, r.Sequence
                select new ErpImportRow
                {
                    TransactionId = r.ExpenseTransactionId,
                    TransactionDate = r.Date,
                    TransactionAmount = r.Amount,
                    TransactionName = r.Purpose,
                    Vendor = options.ErpVendor,
                    InvoiceNumber = c.Last4 + monthSuffix,
                    InvoiceDate = invoiceDate,
                    HeaderDescription = db.Employees.Where(e => e.Id == r.EmployeeId)
                        .Select(e => e.CurrentRevision!.Snapshot.DisplayName ?? e.CurrentRevision.Snapshot.Name)
                        .FirstOrDefault() ?? r.EmployeeName,
                    Job = r.CodingType == job ? r.Job : null,
                    Phase = r.CodingType == job ? r.Phase : null,
                    CostType = r.CodingType == job ? r.CostType : null,
                    GlAccount = r.CodingType == job ? null : r.GlAccount,
                    ItemDescription = r.Title,
                    UnitOfMeasure = options.ErpUnitOfMeasure,
                    Tax = options.ErpTaxCode,
                    PayType = r.CodingType == job ? JobPayType : LedgerPayType,
                    CardHolder = c.HolderName,
                    CreditCardNumber = c.Last4,
                    CreditCardVendor = r.Merchant,
                })
            .AsAsyncEnumerable();
    }
}
