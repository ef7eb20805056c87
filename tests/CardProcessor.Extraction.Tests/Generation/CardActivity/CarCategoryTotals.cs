using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>
/// A card's category headings and the figures under them, right-aligned in columns sized to
/// their content plus random slack. The headings' positions are returned for the figures' row, which
/// a page break may move to the next page.
/// </summary>
internal static class CarCategoryTotals
{
    /// <returns>The right edges of the headings, for the figures.</returns>
    /// <param name="wrap">Print two-word headings over two lines (<c>Legal &amp;</c> over <c>Insurance</c>), centred
    /// beside the others.</param>
    public static double[] Lay(GeneratedPages pages, CarCard card, CarStyle style, CarTamper tamper, Random random,
        double margin, double y, double pitch, bool wrap)
    {
        var headings = FakeData.CategoryHeadings.Append("Total").ToArray();
        var values = Values(card, tamper);
        var lines = headings.Select(h => wrap && h.Contains(' ', StringComparison.Ordinal) ? Split(h) : [h]).ToArray();
        var widths = lines
            .Select((h, i) =>
                Math.Max(h.Max(part => pages.Measure(part, style.Size, bold: true)),
                pages.Measure(Format(values[i]), style.Size)) + 6 + random.Next(25))
            .ToArray();
        var scale = Math.Min(1, (style.PageWidth - (2 * margin)) / widths.Sum());
        var rights = new double[headings.Length];
        var x = margin;
        for (var i = 0; i < headings.Length; i++)
        {
            x += widths[i] * scale;
            rights[i] = x;
            for (var l = 0; l < lines[i].Length; l++)
            {
                var offset = lines[i].Length == 1 ? 0 : (l == 0 ? -0.5 : 0.5) * pitch;
                pages.Text(lines[i][l], x, y + offset, style.Size, bold: true, alignRight: true);
            }
        }

        return rights;
    }

    public static void LayValues(GeneratedPages pages, CarCard card, CarStyle style, CarTamper tamper, double[] rights,
        double y)
    {
        var values = Values(card, tamper);
        for (var i = 0; i < values.Length; i++)
        {
            pages.Text(Format(values[i]), rights[i], y, style.Size, alignRight: true);
        }
    }

    /// <summary>The figures as printed: a tampered report prints the first category or the Total one dollar
    /// over.</summary>
    private static decimal[] Values(CarCard card, CarTamper tamper)
    {
        var values = card.CategoryTotals.Select(c => c.Amount).Append(card.Total).ToArray();
        if (tamper == CarTamper.CategoryTotal)
        {
            values[0] += 1m;
        }

        if (tamper == CarTamper.CardTotal)
        {
            values[^1] += 1m;
        }

        return values;
    }

    private static string[] Split(string heading)
    {
        var space = heading.LastIndexOf(' ');
        return [heading[..space], heading[(space + 1)..]];
    }

    private static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
