using System.Text.RegularExpressions;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// What the general reader has read so far, and how each table line adds to it: a row opens a
/// transaction; a text line right under it continues its description or carries its foreign
/// detail (or, in a layout that prints descriptions above their row, waits for the next row); a
/// labelled amount is a printed figure; a short heading opens a section.
/// </summary>
internal sealed partial class GeneralStatementState
{
    // A line this close under the previous one (in line heights) continues it.
    private const double ContinuationGap = 0.8;

    private readonly List<string> _pending = [];
    private GeneralRow? _open;
    private StatementFigure? _openFigure;
    private double _lastBottom = double.MinValue;

    public StatementDates Dates { get; } = new();

    public List<GeneralRow> Rows { get; } = [];

    public List<StatementFigure> Figures { get; } = [];

    public List<GeneralSection> Sections { get; } = [];

    public List<ExtractionFinding> Findings { get; } = [];

    private GeneralSection? Section => Sections.Count > 0 ? Sections[^1] : null;

    public void ReadLine(LineShape shape, PageTable table, int page, bool descriptionsAbove)
    {
        var words = shape.Words;
        if (words.Count == 0)
        {
            return;
        }

        var amount = table.AmountOf(shape);
        var height = shape.Height;
        var close = shape.Line.Top - _lastBottom <= ContinuationGap * height;
        if (shape.StartsWithDate && amount is { } cell)
        {
            CloseRow();
            var value = cell.Column.IsCredit ? -Math.Abs(cell.Amount) : cell.Amount;
            _open = new GeneralRow(shape.Dates.Select(d => d.Date).ToList(), value, page, Section);
            var rowText = shape.TextBefore(cell.Run)
                .Where(w => !table.AmountColumns.Any(c => c.Holds(new WordRun([w]))))
                .ToList();
            if (rowText.Count == 0 && descriptionsAbove)
            {
                _open.AddTextLines(_pending);
            }
            else
            {
                _open.AddText(rowText);
            }

            _pending.Clear();
            _openFigure = null;
            _lastBottom = shape.Line.Bottom;
            return;
        }

        if (!shape.StartsWithDate && amount is { } figure && shape.TextBefore(figure.Run) is { Count: > 0 } label
            && label[0].Left >= table.Left)
        {
            CloseRow();
            _pending.Clear();
            _openFigure = new StatementFigure(string.Join(' ', label.Select(w => w.Text)), figure.Amount, page);
            Figures.Add(_openFigure);
            if (Section is { Total: null } section && IsSectionTotal(_openFigure.Label))
            {
                (section.Total, section.TotalPage) = (figure.Amount, page);
            }
            _lastBottom = shape.Line.Bottom;
            return;
        }

        var text = string.Join(' ', words.Select(w => w.Text));
        if (shape.Amounts.Count == 0 && !shape.StartsWithDate && !close && SectionHeading().IsMatch(text))
        {
            CloseRow();
            _openFigure = null;
            _pending.Clear();
            Sections.Add(new GeneralSection(text, page));
            _lastBottom = shape.Line.Bottom;
            return;
        }

        var inTextColumn = amount is null && shape.Amounts.Count == 0 && !shape.StartsWithDate
            && words[0].Left >= table.TextLeft - height && words[^1].Right <= table.AmountsLeft + height;
        if (!inTextColumn)
        {
            CloseRow();
            _openFigure = null;
            _pending.Clear();
            return;
        }

        ReadText(shape, close, descriptionsAbove, page);
    }

    public void CloseRow()
    {
        if (_open is null)
        {
            return;
        }

        Rows.Add(_open);
        if (_open.Section is { } section)
        {
            section.Sum += _open.Amount;
            section.RowCount++;
        }

        _open = null;
    }

    private void ReadText(LineShape shape, bool close, bool descriptionsAbove, int page)
    {
        var words = shape.Words;
        var text = string.Join(' ', words.Select(w => w.Text));
        _lastBottom = shape.Line.Bottom;
        if (_open is not null && close && _open.Foreign.TryAdd(shape.Line))
        {
            return;
        }

        if (ColumnWords.IsHeader(words.Select(w => w.Text).ToList()))
        {
            CloseRow();
            _pending.Clear();
            return;
        }

        if (_open is not null && close && !descriptionsAbove)
        {
            _open.AddText(words);
            return;
        }

        // Where descriptions come before their rows, a line under a figure is the next row's description.
        if (_openFigure is not null && close && !descriptionsAbove)
        {
            _openFigure.Continue(text);
            return;
        }

        CloseRow();
        _openFigure = null;
        if (!close)
        {
            _pending.Clear();
        }

        _pending.Add(text);
    }

    private static bool IsSectionTotal(string label) =>
        label.StartsWith("TOTAL", StringComparison.OrdinalIgnoreCase)
        && !label.Contains("BALANCE", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"^(?:(?:new\s+|other\s+|your\s+)?(?:payments?|credits?|purchases?|fees?(?:\s+charged)?"
            + @"|interest(?:\s+charged)?|cash\s+advances?|instal?lment\s+plans?|transactions|adjustments|returns)"
            + @"(?:\s*(?:and|&|,)\s*)?)+(?:\s*\(continued\))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}
