using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>
/// Lays out a card activity report like the issuer's HTML-rendered export: the report block and
/// the current card's header on every page, the transaction table flowing across pages (a
/// transaction's lines and totals may be split), each card closed by its category totals, and the
/// product summary with the Grand Total on the last page. Footers are added at fixed places once
/// the page count is known, so rows may run under them.
/// </summary>
internal sealed class CarLayout
{
    private readonly CarData _data;
    private readonly CarStyle _style;
    private readonly CarTamper _tamper;
    private readonly Random _random;
    private readonly GeneratedPages _pages;
    private readonly double _margin;
    private readonly double _pitch;
    private double _y;
    private CarCard? _card;
    private CarColumns? _columns;

    private CarLayout(CarData data, CarStyle style, CarTamper tamper, Random random)
    {
        _data = data;
        _style = style;
        _tamper = tamper;
        _random = random;
        _pages = new GeneratedPages(style.PageWidth, style.PageHeight, style.Font, style.WordByWord);
        _margin = 24 + random.Next(12);
        _pitch = style.Size * (1.35 + (random.NextDouble() * 0.25));
    }

    private double Bottom => _style.PageHeight - _style.FooterLift + _style.RowsBelowFooter;

    public static byte[] Render(CarData data, CarStyle style, CarTamper tamper, Random random)
    {
        var layout = new CarLayout(data, style, tamper, random);
        layout.Lay();
        CarFooter.Add(layout._pages, style, data.ProducedOn);
        return layout._pages.Render();
    }

    private void Lay()
    {
        for (var c = 0; c < _data.Cards.Count; c++)
        {
            _card = _data.Cards[c];
            if (c == 0 || _y + (8 * _pitch) > Bottom)
            {
                NewPage();
            }
            else
            {
                SectionHeader();
            }

            var rows = CarRows.For(_card, _tamper, isFirstCard: c == 0);
            foreach (var row in rows)
            {
                Ensure();
                Row(row);
            }

            CategoryTotals(c == 0);
        }

        _card = null;
        ProductSummary();
    }

    private void NewPage()
    {
        _pages.NewPage();
        _y = 30;
        ReportBlock();
        if (_card is not null)
        {
            SectionHeader();
        }
    }

    private void Ensure()
    {
        if (_y + _pitch > Bottom)
        {
            NewPage();
        }
    }

    private void ReportBlock()
    {
        var x = _style.PageWidth * 0.45;
        var right = _style.PageWidth * 0.78;
        var filter = _data.TokenLabel ? "Card Token: ALL" : "Card Number: ALL";
        _pages.Text("Cardholder Activity Report General", x, _y, _style.Size * 0.8, bold: true);
        _y += _pitch;
        _pages.Text($"Produced On: {_data.ProducedOn.ToString("M/d/yyyy h:mm:sstt", CultureInfo.InvariantCulture)}", x,
            _y, _style.Size);
        _pages.Text(filter, right, _y, _style.Size);
        _y += _pitch;
        _pages.Text($"Posted Date between {Short(_data.PeriodStart)} and {Short(_data.PeriodEnd)}", x, _y, _style.Size);
        _pages.Text("Employee Number: ALL", right, _y, _style.Size);
        _y += _pitch * 1.3;
    }

    private void SectionHeader()
    {
        var card = _card!;
        var valueX = _margin + (_style.Size * 14) + _random.Next(20);
        var addressX = _style.PageWidth * 0.78;
        var labels = new (string Label, string Value, string Address)[]
        {
            ("Account Code:", $"{_data.AccountCode} - {_data.Company}", _data.Company),
            ("Customer ID:", card.CustomerId ?? _data.CustomerId, "100 MAIN ST"),
            ("Card Number:", card.CardNumber, "ANYTOWN, LA 70000-0000"),
            ("Cardholder Name:", card.Name, string.Empty),
            ("Employee ID:", card.EmployeeId, string.Empty),
        };
        foreach (var (label, value, address) in labels)
        {
            _pages.Text(label, _margin, _y, _style.Size);
            _pages.Text(value, valueX, _y, _style.Size);
            _pages.Text(address, addressX, _y, _style.Size);
            _y += _pitch;
        }

        _columns = new CarColumns(_pages, _style,
            CarRows.For(card, _tamper, false).Where(r => r.Cells is not null).Select(r => r.Cells!).ToList(), _random,
            _margin);
        for (var i = 0; i < CarColumns.Headers.Length; i++)
        {
            if (_style.OmittedColumns.Contains(i))
            {
                continue;
            }

            _pages.Text(CarColumns.Headers[i], _columns.Anchor(i), _y, _style.Size, bold: true,
                alignRight: CarColumns.IsRightAligned(i));
        }

        _y += _pitch;
    }

    private void Row(CarRow row)
    {
        if (row.Cells is { } cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                if (_style.OmittedColumns.Contains(i))
                {
                    continue;
                }

                _pages.Text(cells[i], _columns!.Anchor(i), _y, _style.Size, alignRight: CarColumns.IsRightAligned(i));
            }
        }
        else
        {
            // "Transaction Totals:" ends under the Quantity column; the figures sit in the cost columns.
            _pages.Text("Transaction Totals:", _columns!.Right(9), _y, _style.Size, alignRight: true);
            for (var i = 0; i < 3; i++)
            {
                _pages.Text(row.Totals![i], _columns.Right(10 + i), _y, _style.Size, alignRight: true);
            }
        }

        _y += _pitch;
    }

    private void CategoryTotals(bool isFirstCard)
    {
        Ensure();
        _pages.Text($"Totals For: {_card!.CardNumber}", _margin, _y, _style.Size * 0.65);
        _y += _pitch * 0.8;
        var wrap = _style.WrapCategoryHeadings;
        if (wrap)
        {
            _y += _pitch * 0.5;
        }

        Ensure();
        var rights = CarCategoryTotals.Lay(_pages, _card, _style, isFirstCard ? _tamper : CarTamper.None, _random,
            _margin, _y, _pitch, wrap);
        _y += wrap ? _pitch * 1.5 : _pitch;
        Ensure();
        CarCategoryTotals.LayValues(_pages, _card, _style, isFirstCard ? _tamper : CarTamper.None, rights, _y);
        _y += _pitch * 1.2;
    }

    private void ProductSummary()
    {
        NewPage();
        CarProductSummary.Lay(_pages, _data, _style, _tamper, _margin, _pitch, ref _y, NewPage);
    }

    private static string Short(DateOnly date) => date.ToString("M/d/yyyy", CultureInfo.InvariantCulture);
}
