using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class ReceiptCsvRows
{
    /// <summary>
    /// Every receipt of the session in receipt-report order, with its coding and the charge it pays.
    /// </summary>
    public static async IAsyncEnumerable<ReceiptCsvRow> Query(
        CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var receipts = ReceiptRow.OfSession(db, session.Id).AsAsyncEnumerable();
        await foreach (var r in receipts.WithCancellation(cancellationToken))
        {
            yield return ReceiptCsvRow.From(r, names, cards);
        }
    }
}
