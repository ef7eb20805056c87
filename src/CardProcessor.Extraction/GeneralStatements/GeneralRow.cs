using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// One transaction being read: its dates and amount from the line that opened it, and the
/// description from that line, from wrapped lines under it or from lines printed above it.
/// </summary>
internal sealed class GeneralRow
{
    private readonly List<string> _text = [];

    public GeneralRow(IReadOnlyList<PrintedDateText> dates, decimal amount, int page, GeneralSection? section)
    {
        Dates = dates;
        Amount = amount;
        Page = page;
        Section = section;
    }

    public IReadOnlyList<PrintedDateText> Dates { get; }

    public decimal Amount { get; }

    public int Page { get; }

    public GeneralSection? Section { get; }

    public ForeignDetail Foreign { get; } = new();

    public bool HasText => _text.Count > 0;

    /// <summary>The description lines joined; a line ending in a hyphen joins the next without a space.</summary>
    public string Description
    {
        get
        {
            var text = string.Empty;
            foreach (var part in _text)
            {
                var hyphenWrap = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]);
                text = text.Length == 0 ? part : hyphenWrap ? text + part : $"{text} {part}";
            }

            return text;
        }
    }

    public void AddText(IEnumerable<LayoutWord> words)
    {
        var text = LetterSpacing.Join(words.ToList()).Trim();
        if (text.Length > 0)
        {
            _text.Add(text);
        }
    }

    public void AddTextLines(IEnumerable<string> lines) => _text.AddRange(lines);
}
