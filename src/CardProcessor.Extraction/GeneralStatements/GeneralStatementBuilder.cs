using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// Turns what the general reader read into a document: the dates given their order and year, the
/// transaction and posting dates told apart, the printed figures sorted into balances and totals,
/// and the reconciliation of the rows against every figure the statement prints.
/// </summary>
internal static class GeneralStatementBuilder
{
    // A figure's label longer than this is a sentence (a disclaimer), not a label.
    private const int MaxLabelWords = 7;

    public static ExtractedDocument Build(GeneralStatementState state, TableHeaderWords? header)
    {
        var start = state.Dates.Start;
        var end = state.Dates.End;
        var dayFirst = DayFirst(state.Rows, start, end);
        var postingIndex = PostingIndex(state.Rows, header, dayFirst, start, end);
        var transactions = state.Rows.Select(r => Transaction(r, dayFirst, postingIndex, start, end)).ToList();
        var (previous, current, totals) = Figures(state.Figures);
        var findings = state.Findings
            .Concat(GeneralStatementReconciler.Reconcile(transactions, previous, current, totals, state.Sections))
            .ToList();
        var pages = state.Rows.Select(r => r.Page).Distinct().Order().ToList();
        return new ExtractedDocument
        {
            Kind = DocumentKind.Statement,
            Layout = DocumentLayouts.GeneralStatement,
            PeriodStart = start,
            PeriodEnd = end,
            PreviousBalance = previous,
            NewBalance = current,
            PrintedTotals = totals.Count == 0 ? null : totals,
            Cardholders =
            [
                new ExtractedCardholder
                {
                    Name = string.Empty,
                    CardLast4 = string.Empty,
                    Transactions = transactions,
                    Pages = pages,
                },
            ],
            Findings = findings,
        };
    }

    private static ExtractedTransaction Transaction(
        GeneralRow row, bool dayFirst, int? postingIndex, DateOnly? start, DateOnly? end)
    {
        var dates = row.Dates.Select(d => d.Resolve(dayFirst, start, end)).ToList();
        var transactionIndex = dates.Count > 1 && postingIndex == 0 ? 1 : 0;
        var posting = dates.Count > 1 ? dates[1 - transactionIndex] : null;
        return new ExtractedTransaction
        {
            TransactionDate = dates[transactionIndex] ?? posting ?? default,
            PostingDate = posting,
            Merchant = row.Description,
            Amount = row.Amount,
            Foreign = row.Foreign.Amount,
            Page = row.Page,
        };
    }

    /// <summary>
    /// Day first when some date can only be read that way (<c>15/07</c>), month first when some can
    /// only be read that way, else whichever puts more dates inside the statement period.
    /// </summary>
    private static bool DayFirst(IReadOnlyList<GeneralRow> rows, DateOnly? start, DateOnly? end)
    {
        var dates = rows.SelectMany(r => r.Dates).Where(d => d.IsAmbiguous).ToList();
        if (dates.Any(d => d.MonthFirst is null))
        {
            return true;
        }

        if (dates.Any(d => d.DayFirst is null) || start is null || end is null)
        {
            return false;
        }

        int Inside(bool dayFirst) => dates.Count(d => d.Resolve(dayFirst, start, end) is { } date
            && date >= start.Value.AddDays(-31) && date <= end.Value);
        return Inside(true) > Inside(false);
    }

    /// <summary>The header's posting column, else the date that is never earlier than the other.</summary>
    private static int? PostingIndex(
        IReadOnlyList<GeneralRow> rows, TableHeaderWords? header, bool dayFirst, DateOnly? start, DateOnly? end)
    {
        if (header?.PostingIndex is { } index)
        {
            return index;
        }

        var pairs = rows.Where(r => r.Dates.Count == 2)
            .Select(r => (
                First: r.Dates[0].Resolve(dayFirst, start, end),
                Second: r.Dates[1].Resolve(dayFirst, start, end)))
            .ToList();
        var firstIsLater = pairs.Count > 0 && pairs.All(p => p.First >= p.Second) && pairs.Any(p => p.First > p.Second);
        return firstIsLater ? 0 : pairs.Count > 0 ? 1 : null;
    }

    private static (decimal? Previous, decimal? Current, Dictionary<string, decimal> Totals) Figures(
        IEnumerable<StatementFigure> figures)
    {
        decimal? previous = null, current = null;
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var labels = figures.Where(
            f => f.Label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords);
        foreach (var figure in labels)
        {
            if (FigureLabels.IsPreviousBalance(figure.Label))
            {
                previous ??= figure.Amount;
            }
            else if (FigureLabels.IsNewBalance(figure.Label))
            {
                current ??= figure.Amount;
            }
            else if (FigureLabels.IsTotal(figure.Label))
            {
                totals.TryAdd(FigureLabels.Key(figure.Label), figure.Amount);
            }
        }

        return (previous, current, totals);
    }
}
