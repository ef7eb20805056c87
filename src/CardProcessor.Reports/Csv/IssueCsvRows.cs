using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class IssueCsvRows
{
    /// <summary>Every validation issue of the session, open or closed, oldest first.</summary>
    public static async IAsyncEnumerable<IssueCsvRow> Query(
        CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var issues = IssueRow.OfSession(db, session.Id).AsAsyncEnumerable();
        await foreach (var i in issues.WithCancellation(cancellationToken))
        {
            var card = i.CardId is { } cardId ? cards.GetValueOrDefault(cardId) : null;
            yield return IssueCsvRow.From(i, names.Of(i.EmployeeId) ?? card?.Name, card?.Last4);
        }
    }
}
