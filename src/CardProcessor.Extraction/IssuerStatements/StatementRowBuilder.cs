using System.Globalization;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// A statement row being read: its first line and the lines that continue it (a merchant or
/// city wrapped onto the next line, a date cell wrapped as <c>01</c> over <c>Nov</c>, a
/// foreign-currency memo). Cell text is joined per column when the row is complete.
/// </summary>
internal sealed class StatementRowBuilder
{
    private readonly TableHeader _columns;

    // Per column, the words of each line that prints in it: line breaks matter when the text is
    // joined (a break after a hyphen is not a space) and a memo may run over them.
    private readonly List<List<LayoutWord>>[] _cells;

    public StatementRowBuilder(TableHeader columns, LayoutLine first, int page)
    {
        _columns = columns;
        _cells = columns.Columns.Select(_ => new List<List<LayoutWord>>()).ToArray();
        Page = page;
        Add(first);
    }

    public int Page { get; }

    public double Bottom { get; private set; }

    public ForeignAmount? Foreign { get; private set; }

    /// <summary>Whether a line reads as the start of a row: an amount and a date cell.</summary>
    public static bool StartsRow(RowCells cells) =>
        AmountParser.TryParse(cells[ColumnKind.Amount], out _)
        && (StartsLikeDate(cells[ColumnKind.TransactionDate]) || StartsLikeDate(cells[ColumnKind.PostingDate]));

    public void Add(LayoutLine line)
    {
        Bottom = line.Bottom;
        var words = line.Words;

        // A memo never sits in a date or amount cell; looking there would read "2028" wrapped under
        // "08-Feb-" and the "EUR @ 1.0912" beside it as a memo.
        if (ForeignMemo.Find(words.Where(w => CanHoldMemo(_columns.ColumnOf(w))).ToList()) is { } memo)
        {
            Foreign ??= memo.Foreign;
            words = words.Where(w => !memo.Words.Contains(w)).ToList();
        }

        var parts = _columns.Columns.Select(_ => new List<LayoutWord>()).ToArray();
        foreach (var word in words)
        {
            parts[_columns.ColumnOf(word)].Add(word);
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Count > 0)
            {
                _cells[i].Add(parts[i]);
            }
        }
    }

    /// <summary>The transaction, or null (with the reason) when its date or amount cannot be read.</summary>
    public ExtractedTransaction? Build(DateOnly? periodStart, DateOnly? periodEnd, out string? problem)
    {
        problem = null;
        FindWrappedMemo();
        var transactionDate = Date(ColumnKind.TransactionDate, periodStart, periodEnd);
        var postingDate = Date(ColumnKind.PostingDate, periodStart, periodEnd);
        var amount = AmountParser.ParseOrNull(Text(ColumnKind.Amount));
        if ((transactionDate ?? postingDate) is not { } date || amount is null)
        {
            problem = $"a row on page {Page.ToString(CultureInfo.InvariantCulture)} has no readable date or amount";
            return null;
        }

        var (city, state) = _columns.Has(ColumnKind.Location) ? LocationParser.Split(Text(ColumnKind.Location))
            : (null, null);
        var reference = Text(ColumnKind.Reference).Replace(" ", string.Empty, StringComparison.Ordinal);
        return new ExtractedTransaction
        {
            TransactionDate = date,
            PostingDate = postingDate,
            Reference = reference.Length == 0 ? null : reference,
            Merchant = Text(ColumnKind.Merchant),
            City = city,
            State = state,
            Mcc = int.TryParse(Text(ColumnKind.Mcc), NumberStyles.None, CultureInfo.InvariantCulture, out var mcc) ? mcc
                : null,
            Amount = amount.Value,
            Foreign = Foreign,
            Page = Page,
        };
    }

    private DateOnly? Date(ColumnKind kind, DateOnly? periodStart, DateOnly? periodEnd)
    {
        var text = DateText(kind);
        return DateParser.TryParse(text, out var printed) ? printed.Resolve(periodStart, periodEnd) : null;
    }

    /// <summary>A wrapped ISO date (<c>2025-</c> over <c>04-03</c>) joins without a space; <c>01</c> over <c>Nov</c>
    /// with one.</summary>
    private string DateText(ColumnKind kind)
    {
        var index = _columns.IndexOf(kind);
        if (index < 0)
        {
            return string.Empty;
        }

        var text = string.Empty;
        foreach (var part in _cells[index].SelectMany(line => line).Select(w => w.Text))
        {
            text = text.Length == 0 || text.EndsWith('-') || text.EndsWith('/') ? text + part : $"{text} {part}";
        }

        return text;
    }

    /// <summary>
    /// A cell's lines joined with a space, except after a hyphen that ends a word: <c>RENT-A-</c>
    /// over <c>CAR</c> is <c>RENT-A-CAR</c>, while a lone <c>-</c> still stands between words.
    /// </summary>
    private string Text(ColumnKind kind)
    {
        var index = _columns.IndexOf(kind);
        if (index < 0)
        {
            return string.Empty;
        }

        var text = string.Empty;
        foreach (var line in _cells[index])
        {
            var part = string.Join(' ', line.Select(w => w.Text)).Trim();
            var joinsWord = text.Length > 1 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]);
            text = text.Length == 0 || joinsWord ? text + part : $"{text} {part}";
        }

        return text.Trim();
    }

    /// <summary>
    /// A memo that an HTML cell wrapped with the merchant (<c>AIR CANADA 685.15</c> over
    /// <c>CAD @ 0.7312</c>) is found in the cell's words across its lines and taken out of the cell.
    /// </summary>
    private void FindWrappedMemo()
    {
        if (Foreign is not null)
        {
            return;
        }

        foreach (var cell in _cells.Where((c, i) => c.Count > 1 && CanHoldMemo(i)))
        {
            if (ForeignMemo.Find(cell.SelectMany(line => line).ToList()) is not { } memo)
            {
                continue;
            }

            Foreign = memo.Foreign;
            cell.ForEach(line => line.RemoveAll(memo.Words.Contains));
            cell.RemoveAll(line => line.Count == 0);
            return;
        }
    }

    private bool CanHoldMemo(int column) =>
        _columns.Columns[column]
            .Kind is not (ColumnKind.TransactionDate or ColumnKind.PostingDate or ColumnKind.Amount);

    /// <summary>A date cell's first line: a number (<c>01</c>, <c>2025-</c>, <c>03/02</c>) or a month (<c>Mar
    /// 02</c>).</summary>
    private static bool StartsLikeDate(string text) =>
        text.Length > 0
        && (char.IsAsciiDigit(text[0]) || (text.Length >= 3 && DateParser.TryParse($"1 {text.Split(' ')[0]}", out _)));
}
