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
    private readonly List<string>[] _cells;

    public StatementRowBuilder(TableHeader columns, LayoutLine first, int page)
    {
        _columns = columns;
        _cells = columns.Columns.Select(_ => new List<string>()).ToArray();
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
        if (ForeignMemo.Find(line) is { } memo)
        {
            Foreign ??= memo.Foreign;
            words = words.Where(w => !memo.Words.Contains(w)).ToList();
        }

        foreach (var word in words)
        {
            _cells[_columns.ColumnOf(word)].Add(word.Text);
        }
    }

    /// <summary>The transaction, or null (with the reason) when its date or amount cannot be read.</summary>
    public ExtractedTransaction? Build(DateOnly? periodStart, DateOnly? periodEnd, out string? problem)
    {
        problem = null;
        var transactionDate = Date(ColumnKind.TransactionDate, periodStart, periodEnd);
        var postingDate = Date(ColumnKind.PostingDate, periodStart, periodEnd);
        var amount = AmountParser.ParseOrNull(Text(ColumnKind.Amount));
        if ((transactionDate ?? postingDate) is not { } date || amount is null)
        {
            problem = $"a row on page {Page.ToString(CultureInfo.InvariantCulture)} has no readable date or amount";
            return null;
        }

        var (city, state) = _columns.Has(ColumnKind.Location) ? LocationParser.Split(Text(ColumnKind.Location)) : (null, null);
        var reference = Text(ColumnKind.Reference).Replace(" ", string.Empty, StringComparison.Ordinal);
        return new ExtractedTransaction
        {
            TransactionDate = date,
            PostingDate = postingDate,
            Reference = reference.Length == 0 ? null : reference,
            Merchant = Text(ColumnKind.Merchant),
            City = city,
            State = state,
            Mcc = int.TryParse(Text(ColumnKind.Mcc), NumberStyles.None, CultureInfo.InvariantCulture, out var mcc) ? mcc : null,
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

    /// <summary>A wrapped ISO date (<c>2025-</c> over <c>04-03</c>) joins without a space; <c>01</c> over <c>Nov</c> with one.</summary>
    private string DateText(ColumnKind kind)
    {
        var index = _columns.IndexOf(kind);
        if (index < 0)
        {
            return string.Empty;
        }

        var text = string.Empty;
        foreach (var part in _cells[index])
        {
            text = text.Length == 0 || text.EndsWith('-') || text.EndsWith('/') ? text + part : $"{text} {part}";
        }

        return text;
    }

    private string Text(ColumnKind kind)
    {
        var index = _columns.IndexOf(kind);
        return index < 0 ? string.Empty : string.Join(' ', _cells[index]).Trim();
    }

    /// <summary>A date cell's first line: a number (<c>01</c>, <c>2025-</c>, <c>03/02</c>) or a month (<c>Mar 02</c>).</summary>
    private static bool StartsLikeDate(string text) =>
        text.Length > 0
        && (char.IsAsciiDigit(text[0]) || (text.Length >= 3 && DateParser.TryParse($"1 {text.Split(' ')[0]}", out _)));
}
