using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>The last page's product summary: one row per product description, then the Grand Total row.</summary>
internal static class CarProductSummary
{
    private static readonly string[] _headers = ["Product Description", "Count", "Units/Glns", "Gross Cost", "Discount",
        "Net Cost"];

    public static void Lay(GeneratedPages pages, CarData data, CarStyle style, CarTamper tamper, double margin,
        double pitch, ref double y, Action newPage)
    {
        var products = data.LineItems
            .GroupBy(i => i.Description, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[]
            {
                g.Key, g.Count().ToString(CultureInfo.InvariantCulture),
                    g.Sum(i => i.Quantity).ToString("F2", CultureInfo.InvariantCulture),
                CarRows.Money(g.Sum(i => i.Gross)), CarRows.Money(g.Sum(i => i.Discount)),
                CarRows.Money(g.Sum(i => i.Net)
                    + (tamper == CarTamper.ProductSummaryNet && g.Key == data.LineItems.First().Description ? 1m : 0m)),
            })
            .ToList();
        var items = data.LineItems.ToList();
        var grandNet = data.GrandTotal + (tamper == CarTamper.GrandTotal ? 1m : 0m);
        var total = new[]
        {
            "Grand Total:", items.Count.ToString(CultureInfo.InvariantCulture),
                items.Sum(i => i.Quantity).ToString("F2", CultureInfo.InvariantCulture),
            CarRows.Money(items.Sum(i => i.Gross)), CarRows.Money(items.Sum(i => i.Discount)), CarRows.Money(grandNet),
        };
        var descriptionWidth = products.Select(p => pages.Measure(p[0], style.Size))
            .Append(pages.Measure(_headers[0], style.Size, true)).Max() + 20;
        var anchors = new double[_headers.Length];
        anchors[0] = margin;
        var x = margin + descriptionWidth;
        for (var i = 1; i < _headers.Length; i++)
        {
            x += pages.Measure(_headers[i], style.Size, true) + 30;
            anchors[i] = x;
        }

        void Header(ref double top)
        {
            for (var i = 0; i < _headers.Length; i++)
            {
                pages.Text(_headers[i], anchors[i], top, style.Size, bold: true, alignRight: i > 0);
            }

            top += pitch;
        }

        Header(ref y);
        foreach (var row in products.Append(total))
        {
            if (y + pitch > style.PageHeight - style.FooterLift - pitch)
            {
                newPage();
                Header(ref y);
            }

            for (var i = 0; i < row.Length; i++)
            {
                pages.Text(row[i], anchors[i], y, style.Size, alignRight: i > 0);
            }

            y += pitch;
        }
    }
}
