using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// The statement period, which gives the rows' dates their year: a printed period
/// (<c>Statement Period: April 15, 2015 to May 14, 2015</c>), or else the statement date and the
/// previous statement's date (the period starts the day after it).
/// </summary>
internal sealed class StatementDates
{
    private static readonly string[] _periodLabels = ["Statement Period", "Billing Period", "Billing Cycle", "Period"];
    private static readonly string[] _endLabels =
        ["Statement Date", "Closing Date", "Statement Closing Date", "Statement Ending"];

    private static readonly string[] _startLabels =
        ["Previous Statement", "Previous Statement Date", "Opening Date", "Last Statement"];

    private (DateOnly Start, DateOnly End)? _printed;
    private DateOnly? _end;
    private DateOnly? _previous;

    public DateOnly? Start => _printed?.Start ?? _previous?.AddDays(1);

    public DateOnly? End => _printed?.End ?? _end;

    public void Read(IReadOnlyList<LayoutLine> lines)
    {
        if (_printed is not null)
        {
            return;
        }

        foreach (var line in lines)
        {
            var text = LineText.Normalized(line);
            foreach (var label in _periodLabels)
            {
                _printed ??= PeriodParser.TryParse(text, label);
            }

            _end ??= FindDate(line, _endLabels);
            _previous ??= FindDate(line, _startLabels);
        }
    }

    private static DateOnly? FindDate(LayoutLine line, string[] labels)
    {
        foreach (var label in labels)
        {
            var value = LabeledValue.Find(line, label, 3 * line.Height);
            if (value is { Length: > 0 } && DateParser.ParseFull(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
