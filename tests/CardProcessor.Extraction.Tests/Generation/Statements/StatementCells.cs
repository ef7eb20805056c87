using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>The printed text of a statement row's cells, wrapped onto lines as a narrow HTML cell would wrap
/// them.</summary>
internal static class StatementCells
{
    public static string[] For(StatementColumn column, StatementTransaction transaction, StatementStyle style) =>
        column.Kind switch
    {
        "trans" => Date(transaction.TransactionDate, style),
        "post" => Date(transaction.PostingDate, style),
        "ref" => [transaction.Reference],
        "merchant" => Wrap(MerchantText(transaction, style), style.WrapWidth, style.HyphenWraps),
        "city" => Wrap($"{transaction.City}, {transaction.State}", style.CityWrapWidth, style.HyphenWraps),
        "mcc" => [transaction.Mcc.ToString(CultureInfo.InvariantCulture)],
        _ => [style.Amount.Format(transaction.Amount)],
    };

    /// <summary>Whether the memo is part of the merchant cell's text flow instead of a line under it.</summary>
    public static bool MemoInline(StatementTransaction transaction, StatementStyle style) =>
        style.MemoOnMerchantLine && transaction.Foreign is not null;

    public static string Memo(StatementForeign foreign) =>
        $"{foreign.OriginalAmount.ToString("F" + foreign.OriginalPlaces.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture)} {foreign.Currency} @ "
        + $"{foreign.Rate.ToString("F" + foreign.RatePlaces.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture)}";

    public static string PeriodDate(DateOnly date, DateStyle style) => style switch
    {
        DateStyle.MonthDayYear => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        DateStyle.MonthDayTwoDigitYear => date.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
        DateStyle.DayMonthName => date.ToString("dd-MMM-yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The merchant cell's text: with the city and state where there is no City column, and with an
    /// inline memo, which then flows (and wraps) after the merchant the way an HTML cell wraps it.
    /// </summary>
    private static string MerchantText(StatementTransaction transaction, StatementStyle style)
    {
        var text = style.Has("city") ? transaction.Merchant
            : $"{transaction.Merchant} {transaction.City} {transaction.State}";
        return MemoInline(transaction, style) ? $"{text} {Memo(transaction.Foreign!)}" : text;
    }

    /// <param name="hyphens">Whether a word that does not fit may break after one of its hyphens.</param>
    public static string[] Wrap(string text, int width, bool hyphens = false)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var whole in text.Split(' '))
        {
            var word = whole;
            while (hyphens)
            {
                var room = width - (current.Length == 0 ? 0 : current.Length + 1);
                var head = word.Length > room ? HyphenBreak(word, room) : 0;
                if (head == 0)
                {
                    break;
                }

                lines.Add(current.Length == 0 ? word[..head] : $"{current} {word[..head]}");
                current = string.Empty;
                word = word[head..];
            }

            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : $"{current} {word}";
            }
        }

        lines.Add(current);
        return [.. lines];
    }

    /// <summary>The length of the longest head of <paramref name="word"/> ending in a hyphen that fits <paramref
    /// name="room"/>, or 0.</summary>
    private static int HyphenBreak(string word, int room)
    {
        for (var i = Math.Min(room, word.Length - 1) - 1; i > 0; i--)
        {
            if (word[i] == '-' && char.IsLetterOrDigit(word[i - 1]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>A date, wrapped inside a narrow column the way the issuers' exports break it (<c>01</c> over
    /// <c>Nov</c>, <c>2025-</c> over <c>04-03</c>).</summary>
    private static string[] Date(DateOnly date, StatementStyle style)
    {
        var text = style.Date switch
        {
            DateStyle.MonthDayYear =>
                date.ToString(style.YearInRows ? "MM/dd/yyyy" : "MM/dd", CultureInfo.InvariantCulture),
            DateStyle.MonthDayTwoDigitYear => date.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
            DateStyle.DayMonthName =>
                date.ToString(style.YearInRows ? "dd-MMM-yyyy" : "dd MMM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (!style.WrapDates)
        {
            return [text];
        }

        return style.Date switch
        {
            DateStyle.Iso => [text[..5], text[5..]],
            DateStyle.DayMonthName when !style.YearInRows => [text[..2], text[3..]],
            DateStyle.DayMonthName => [text[..7], text[7..]],
            DateStyle.MonthDayYear when style.YearInRows => [text[..6], text[6..]],
            _ => [text],
        };
    }
}
