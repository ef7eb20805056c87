namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>
/// Lays out an issuer statement: heading and period, the optional account summary, a section per
/// cardholder (header in the chosen style, a table whose header repeats on every page, rows with
/// wrapped cells and memo lines, the closing total), the statement total, a disclaimer, and page
/// furniture (the company line on every page, page numbers) between the rows of a page break.
/// </summary>
internal sealed class StatementLayout
{
    private const string Disclaimer = "Please review all charges promptly. Report disputed items within 60 days. This "
        + "statement is confidential.";

    private readonly StatementData _data;
    private readonly StatementStyle _style;
    private readonly StatementTamper _tamper;
    private readonly Random _random;
    private readonly GeneratedPages _pages;
    private readonly double _margin;
    private readonly double _linePitch;
    private readonly List<double> _pageEnds = [];
    private double _y;
    private StatementTable? _table;

    private StatementLayout(StatementData data, StatementStyle style, StatementTamper tamper, Random random)
    {
        _data = data;
        _style = style;
        _tamper = tamper;
        _random = random;
        _pages = style.Landscape
            ? new GeneratedPages(792, 612, style.Font, style.WordByWord)
            : new GeneratedPages(612, 792, style.Font, style.WordByWord);
        _margin = 30 + random.Next(20);
        _linePitch = style.Size * 1.2;
    }

    private double Bottom => _pages.Height - 50;

    public static byte[] Render(StatementData data, StatementStyle style, StatementTamper tamper, Random random)
    {
        var layout = new StatementLayout(data, style, tamper, random);
        layout.Lay();
        return layout._pages.Render();
    }

    private void Lay()
    {
        _pages.NewPage();
        _y = 40;
        Line(_data.Company, _margin, bold: true);
        Line("Corporate Card Program - Cardholder Activity Report", _margin);
        Line(
            $"Statement Period: {StatementCells.PeriodDate(_data.PeriodStart, _style.Date)} - "
            + $"{StatementCells.PeriodDate(_data.PeriodEnd, _style.Date)}", _margin);
        _y += _linePitch;
        if (_style.SummaryPage)
        {
            StatementSummary.Lay(_pages, _data, _style, _tamper, _margin, _linePitch, ref _y);
        }

        for (var c = 0; c < _data.Cardholders.Count; c++)
        {
            Section(_data.Cardholders[c], c == 0);
        }

        Ensure(3 * _linePitch);
        var total = _data.Total + (_tamper == StatementTamper.StatementTotal ? 1m : 0m);
        Line($"Statement Total: {_style.Amount.Format(total)}", _margin, bold: true);
        Line(Disclaimer, _margin);
        _pageEnds.Add(_y);
        StatementFooters.Add(_pages, _style, _data.Company, _pageEnds, _margin, _linePitch);
    }

    private void Section(StatementCardholder cardholder, bool first)
    {
        Ensure(6 * _linePitch);
        StatementCardholderHeader.Lay(_pages, cardholder, _style, _margin, _linePitch, ref _y);
        _table = new StatementTable(_pages, _style, cardholder, _margin, _random);
        TableHeader();
        foreach (var transaction in cardholder.Transactions)
        {
            var cells = _table.Columns.Select(c => StatementCells.For(c, transaction, _style)).ToArray();
            var merchant = _table.IndexOf("merchant");
            var memoUnder = transaction.Foreign is not null && !StatementCells.MemoInline(transaction, _style);
            var lines = Math.Max(cells.Max(c => c.Length), memoUnder ? cells[merchant].Length + 1 : 1);
            Ensure((lines * _linePitch) + 2);
            for (var i = 0; i < cells.Length; i++)
            {
                for (var l = 0; l < cells[i].Length; l++)
                {
                    _pages.Text(cells[i][l], _table.Anchor(i), _y + (l * _linePitch), _style.Size,
                        alignRight: _table.Columns[i].RightAligned);
                }
            }

            if (memoUnder)
            {
                var foreign = transaction.Foreign!;
                _pages.Text(StatementCells.Memo(foreign), _table.Left(merchant), _y
                    + (cells[merchant].Length * _linePitch), _style.Size * 0.9);
            }

            _y += (lines * _linePitch) + 2;
        }

        SectionTotal(cardholder, first);
        _table = null;
        _y += _linePitch;
    }

    private void SectionTotal(StatementCardholder cardholder, bool first)
    {
        Ensure(_linePitch);
        var total = _style.Amount.Format(cardholder.Total
            + (first && _tamper == StatementTamper.CardholderTotal ? 1m : 0m));
        var amountRight = _table!.Right(_table.IndexOf("amount"));
        switch (_style.Total)
        {
            case SectionTotalStyle.TotalFor:
                _pages.Text($"Total for {cardholder.Name}: {total}", amountRight, _y, _style.Size, bold: true,
                    alignRight: true);
                break;
            case SectionTotalStyle.CardholderTotal:
                _pages.Text($"Cardholder Total: {total}", amountRight, _y, _style.Size, bold: true, alignRight: true);
                break;
            default:
                _pages.Text("Total", _table.Left(0), _y, _style.Size, bold: true);
                _pages.Text(total, amountRight, _y, _style.Size, bold: true, alignRight: true);
                break;
        }

        _y += _linePitch;
    }

    private void TableHeader()
    {
        var table = _table!;
        var stacked = table.Columns.Any(c => c.StackHeader);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var lines = column.HeaderLines;

            // Stacked cells take the first and third lines; one-line cells sit in the middle.
            var first = stacked && lines.Length == 1 ? 1 : 0;
            for (var l = 0; l < lines.Length; l++)
            {
                _pages.Text(lines[l], table.Anchor(i), _y + ((first + (l * 2)) * _linePitch * 0.5), _style.Size,
                    bold: true, alignRight: column.RightAligned);
            }
        }

        _y += (stacked ? 2 : 1) * _linePitch + 2;
    }

    private void Ensure(double height)
    {
        if (_y + height <= Bottom)
        {
            return;
        }

        _pageEnds.Add(_y);
        _pages.NewPage();
        _y = 40;
        if (_style.CompanyOnEveryPage)
        {
            Line(_data.Company, _margin, bold: true);
        }

        if (_table is not null)
        {
            TableHeader();
        }
    }

    private void Line(string text, double x, bool bold = false)
    {
        _pages.Text(text, x, _y, _style.Size, bold);
        _y += _linePitch;
    }
}
