using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

/// <summary>
/// Lays a generated general statement out on pages: period lines, the column header (repeated on
/// every page), the previous balance, rows with wrapped or preceding descriptions and foreign
/// detail lines, sections with totals, the new balance, a summary panel beside the table.
/// </summary>
internal sealed class GeneralStatementLayout
{
    private const double Size = 9;
    private const double LinePitch = 11;
    private const double RowPitch = 15;
    private const double Bottom = 720;
    private const double TransactionDateX = 40;
    private const double PanelLabelX = 462;
    private const double PanelSize = 8;
    private const double PanelRight = 604;

    private readonly GeneralStatementData _data;
    private readonly GeneralStatementStyle _style;
    private readonly GeneratedPages _pages = new(612, 792, PdfFontFamily.Helvetica, wordByWord: false);
    private readonly double _postingX;
    private readonly double _descriptionX;
    private readonly double _amountRight = 380;
    private readonly double _creditRight = 450;
    private double _y;

    private GeneralStatementLayout(GeneralStatementData data, GeneralStatementStyle style)
    {
        _data = data;
        _style = style;
        _postingX = 100;
        _descriptionX = style.PostingColumn ? 160 : 100;
    }

    public static byte[] Render(GeneralStatementData data, GeneralStatementStyle style)
    {
        var layout = new GeneralStatementLayout(data, style);
        layout.Lay();
        return layout._pages.Render();
    }

    private void Lay()
    {
        NewPage();
        Label("PREVIOUS BALANCE", GeneralFormats.Figure(_data.PreviousBalance, _style));
        _y += RowPitch;
        var rows = _data.Transactions;
        for (var i = 0; i < rows.Count; i++)
        {
            if (_style.Sections && (i == 0 || (rows[i - 1].Amount < 0 && rows[i].Amount > 0)))
            {
                _y += LinePitch;
                Text(rows[i].Amount < 0 ? "PAYMENTS AND CREDITS" : "PURCHASES", TransactionDateX);
                _y += RowPitch;
            }

            Row(rows[i]);
            var sectionEnds = i == rows.Count - 1 || (rows[i].Amount < 0 && rows[i + 1].Amount > 0);
            if (_style.Sections && sectionEnds)
            {
                Label(rows[i].Amount < 0 ? "TOTAL PAYMENTS AND CREDITS" : "TOTAL PURCHASES",
                    GeneralFormats.Figure(rows[i].Amount < 0 ? _data.Credits : _data.Purchases, _style));
                _y += RowPitch;
            }
        }

        _y += LinePitch;
        Label("NEW BALANCE", GeneralFormats.Figure(_data.NewBalance, _style));
        for (var page = 0; page < _pages.Count; page++)
        {
            var footer = $"Page {(page + 1).ToString(CultureInfo.InvariantCulture)} of "
                + $"{_pages.Count.ToString(CultureInfo.InvariantCulture)}";
            _pages.TextOn(page, footer, 500, 770, 8);
        }
    }

    private void Row(GeneralTransaction row)
    {
        var description = Wrap(row.Description, _amountRight - 70 - _descriptionX);
        var detail = row.Foreign is { } f
            ? new[]
            {
                $"FOREIGN CURRENCY {f.OriginalAmount.ToString("#,##0.00", CultureInfo.InvariantCulture)} {f.Currency}",
                $"@ EXCHANGE RATE {f.Rate.ToString(CultureInfo.InvariantCulture)}",
            }
            : [];
        if (_y + ((description.Count + detail.Length) * LinePitch) > Bottom)
        {
            NewPage();
        }

        if (_style.DescriptionsAbove)
        {
            foreach (var line in description)
            {
                Text(line, _descriptionX);
                _y += LinePitch;
            }
        }

        Text(GeneralFormats.Date(row.TransactionDate, _style.Date), TransactionDateX);
        if (_style.PostingColumn)
        {
            Text(GeneralFormats.Date(row.PostingDate, _style.Date), _postingX);
        }

        var credit = _style.Credit == GeneralCredit.CreditColumn && row.Amount < 0;
        _pages.Text(GeneralFormats.Amount(row.Amount, _style), credit ? _creditRight : _amountRight, _y, Size,
            alignRight: true);
        var under = _style.DescriptionsAbove ? detail : description.Concat(detail);
        var first = true;
        foreach (var line in under)
        {
            if (!first || _style.DescriptionsAbove)
            {
                _y += LinePitch;
            }

            Text(line, _descriptionX);
            first = false;
        }

        _y += RowPitch;
    }

    private void NewPage()
    {
        _pages.NewPage();
        _y = 50;
        Text("CARD ACCOUNT STATEMENT", TransactionDateX, 12);
        _y += 20;
        if (_style.PrintedPeriod)
        {
            Text(
                $"STATEMENT PERIOD: {GeneralFormats.LongDate(_data.PeriodStart)} to "
                + $"{GeneralFormats.LongDate(_data.PeriodEnd)}", TransactionDateX);
        }
        else
        {
            Text($"STATEMENT DATE: {GeneralFormats.LongDate(_data.PeriodEnd)}", TransactionDateX);
            _y += LinePitch;
            Text($"PREVIOUS STATEMENT: {GeneralFormats.LongDate(_data.PeriodStart.AddDays(-1))}", TransactionDateX);
        }

        _y += 2 * RowPitch;
        if (_pages.Count == 1 && _style.SidePanel)
        {
            Panel();
        }

        Header();
    }

    private void Header()
    {
        if (_style.Header == GeneralHeader.None)
        {
            return;
        }

        var twoLines = _style.Header == GeneralHeader.TwoLines;
        if (twoLines)
        {
            Text("TRANSACTION", TransactionDateX);
            if (_style.PostingColumn)
            {
                Text("POSTING", _postingX);
            }

            _y += LinePitch;
        }

        Text(twoLines ? "DATE" : "Date", TransactionDateX);
        if (_style.PostingColumn)
        {
            Text(twoLines ? "DATE" : "Posted", _postingX);
        }

        Text(twoLines ? "ACTIVITY DESCRIPTION" : "Description", _descriptionX);
        _pages.Text(twoLines ? "AMOUNT($)" : "Amount", _amountRight, _y, Size, alignRight: true);
        if (_style.Credit == GeneralCredit.CreditColumn)
        {
            _pages.Text(twoLines ? "CREDITS" : "Credits", _creditRight, _y, Size, alignRight: true);
        }

        _y += RowPitch;
    }

    /// <summary>The account summary beside the table, on the first page, level with the header and first
    /// rows.</summary>
    private void Panel()
    {
        var y = _y;
        var lines = new (string Label, decimal? Amount)[]
        {
            ("ACCOUNT SUMMARY", null),
            ("Previous Balance", _data.PreviousBalance),
            ("Payments & Credits", _data.Credits),
            ("Purchases", _data.Purchases),
            ("New Balance", _data.NewBalance),
        };
        foreach (var (label, amount) in lines)
        {
            _pages.Text(label, PanelLabelX, y, PanelSize);
            if (amount is { } value)
            {
                _pages.Text(GeneralFormats.Figure(value, _style), PanelRight, y, PanelSize, alignRight: true);
            }

            y += RowPitch;
        }
    }

    private void Label(string label, string amount)
    {
        Text(label, _descriptionX);
        _pages.Text(amount, _amountRight, _y, Size, alignRight: true);
    }

    private void Text(string text, double x, double size = Size) => _pages.Text(text, x, _y, size);

    /// <summary>Greedy word wrap; a hyphenated word may break after a hyphen (<c>RENT-A-</c> / <c>TRUCK</c>).</summary>
    private List<string> Wrap(string text, double width)
    {
        var pieces = new List<(string Text, bool Joins)>();
        foreach (var word in text.Split(' '))
        {
            var parts = word.Split('-');
            for (var i = 0; i < parts.Length; i++)
            {
                pieces.Add((i < parts.Length - 1 ? parts[i] + "-" : parts[i], i > 0));
            }
        }

        var lines = new List<string>();
        var current = string.Empty;
        foreach (var (piece, joins) in pieces)
        {
            var candidate = current.Length == 0 ? piece : joins ? current + piece : $"{current} {piece}";
            if (current.Length > 0 && _pages.Measure(candidate, Size) > width)
            {
                lines.Add(current);
                current = piece;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }
}
