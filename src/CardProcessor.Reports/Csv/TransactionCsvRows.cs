using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class TransactionCsvRows
{
    /// <summary>
    /// Every charge and credit of the session in statement order, with the number of its line items.
    /// </summary>
    public static async IAsyncEnumerable<TransactionCsvRow> Query(
        CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var transactions = TransactionRow.OfSession(db, session.Id)
            .Select(t => new { Row = t, LineItems = db.TransactionLineItems.Count(l => l.TransactionId == t.Id) })
            .AsAsyncEnumerable();
        await foreach (var t in transactions.WithCancellation(cancellationToken))
        {
            yield return TransactionCsvRow.From(t.Row, t.LineItems, cards[t.Row.CardId]);
        }
    }
}
