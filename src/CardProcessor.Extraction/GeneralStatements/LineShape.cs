using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// What a line looks like to a person scanning for a transaction table: the dates it starts with
/// (a transaction date, perhaps a posting date), the amounts standing apart from the text, and the
/// words in between. Nothing here knows an issuer; the table is found from many such lines.
/// </summary>
internal sealed partial class LineShape
{
    // A gap this many line heights wide separates two cells; a narrower one is a space inside a cell.
    private const double CellGap = 0.8;

    // Words before the first date that stand this far apart belong to something beside the table.
    private const double BlockGap = 2.5;

    private const int MaxAmountWords = 8;

    private LineShape(LayoutLine line, IReadOnlyList<LayoutWord> words)
    {
        Line = line;
        Words = words;
    }

    public LayoutLine Line { get; }

    /// <summary>The line's words that lie on the page (and inside the table, when its bounds are known).</summary>
    public IReadOnlyList<LayoutWord> Words { get; }

    public List<(WordRun Run, PrintedDateText Date)> Dates { get; } = [];

    /// <summary>Runs that read as amounts with cents, standing apart from their neighbours, left to right.</summary>
    public List<(WordRun Run, decimal Amount)> Amounts { get; } = [];

    /// <summary>Index in <see cref="Words"/> of the first word after the dates.</summary>
    public int TextStart { get; private set; }

    public double Height => Line.Height;

    public bool StartsWithDate => Dates.Count > 0;

    /// <summary>Reads a line, keeping the words between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public static LineShape Read(LayoutLine line, double left, double right)
    {
        var words = line.Words.Where(w => w.Left >= left && w.Right <= right).ToList();
        var shape = new LineShape(line, words);
        shape.ReadDates();
        shape.ReadAmounts();
        return shape;
    }

    /// <summary>Whether an amount's text shows cents (<c>12.50</c>, <c>12,50</c>)</summary>
    public static bool HasCents(string text) => Cents().IsMatch(text);

    /// <summary>The words between the dates and <paramref name="amount"/> (all after the dates when null).</summary>
    public IReadOnlyList<LayoutWord> TextBefore(WordRun? amount)
    {
        var end = amount is null ? Words.Count : IndexOf(amount.Words[0]);
        return Words.Skip(TextStart).Take(Math.Max(end - TextStart, 0)).ToList();
    }

    private int IndexOf(LayoutWord word)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (ReferenceEquals(Words[i], word))
            {
                return i;
            }
        }

        return Words.Count;
    }

    private double Gap(int index) => index == 0 ? double.MaxValue : Words[index].Left - Words[index - 1].Right;

    private void ReadDates()
    {
        for (var start = 0; start < Words.Count && Dates.Count == 0; start++)
        {
            if (start > 0 && Gap(start) < BlockGap * Height)
            {
                continue;
            }

            var index = start;
            while (Dates.Count < 2 && TryReadDate(index, out var length, out var date))
            {
                Dates.Add((new WordRun(Words.Skip(index).Take(length).ToList()), date));
                index += length;
            }

            TextStart = Dates.Count > 0 ? index : 0;
        }
    }

    private bool TryReadDate(int index, out int length, out PrintedDateText date)
    {
        date = null!;
        for (length = Math.Min(3, Words.Count - index); length >= 1; length--)
        {
            // A third word is a date's only when it is its year (Jul 15, 2024), not the next date's day.
            if (length == 3 && !FourDigitYear().IsMatch(Words[index + 2].Text) && !Words[index + 1].Text.EndsWith(','))
            {
                continue;
            }

            if (length > 1 && Enumerable.Range(index + 1, length - 1).Any(i => Gap(i) >= CellGap * Height))
            {
                continue;
            }

            var text = string.Join(' ', Words.Skip(index).Take(length).Select(w => w.Text));
            date = new PrintedDateText(text);
            if (date.IsDate)
            {
                return true;
            }
        }

        length = 0;
        return false;
    }

    private void ReadAmounts()
    {
        for (var i = TextStart; i < Words.Count; i++)
        {
            if (i > TextStart && Gap(i) < CellGap * Height)
            {
                continue;
            }

            for (var count = Math.Min(MaxAmountWords, Words.Count - i); count >= 1; count--)
            {
                if (count > 1 && Enumerable.Range(i + 1, count - 1).Any(j => Gap(j) >= CellGap * Height))
                {
                    continue;
                }

                var run = new WordRun(Words.Skip(i).Take(count).ToList());
                if (Cents().IsMatch(run.Joined) && AmountParser.TryParse(run.Joined, out var amount))
                {
                    Amounts.Add((run, amount));
                    i += count - 1;
                    break;
                }
            }
        }

        ReadClosingAmount();
    }

    /// <summary>
    /// An amount that ends the line after a label with only a space between (<c>New balance 1,234.56</c>),
    /// which the cell gaps above do not separate.
    /// </summary>
    private void ReadClosingAmount()
    {
        if (Words.Count == 0 || (Amounts.Count > 0 && ReferenceEquals(Amounts[^1].Run.Words[^1], Words[^1])))
        {
            return;
        }

        for (var count = Math.Min(MaxAmountWords, Words.Count - TextStart - 1); count >= 1; count--)
        {
            var start = Words.Count - count;
            if (Enumerable.Range(start + 1, count - 1).Any(j => Gap(j) >= CellGap * Height))
            {
                continue;
            }

            var run = new WordRun(Words.Skip(start).Take(count).ToList());
            if (Cents().IsMatch(run.Joined) && AmountParser.TryParse(run.Joined, out var amount))
            {
                Amounts.Add((run, amount));
                return;
            }
        }
    }

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\d[.,]\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Cents();
}
