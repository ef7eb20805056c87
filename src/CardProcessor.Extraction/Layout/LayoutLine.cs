namespace CardProcessor.Extraction.Layout;

/// <summary>Words that share a text line, left to right.</summary>
internal sealed class LayoutLine
{
    private string? _text;

    public LayoutLine(IReadOnlyList<LayoutWord> words)
    {
        Words = words;
        Top = words.Min(w => w.Top);
        Bottom = words.Max(w => w.Bottom);
        Left = words[0].Left;
        Right = words.Max(w => w.Right);
    }

    public IReadOnlyList<LayoutWord> Words { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Left { get; }

    public double Right { get; }

    public double Height => Bottom - Top;

    /// <summary>The words joined by single spaces.</summary>
    public string Text => _text ??= string.Join(' ', Words.Select(w => w.Text));

    /// <summary>
    /// Splits the line where the gap between two words is wider than <paramref name="gapFactor"/>
    /// times the line height: a label and its value in another column, or two blocks side by side.
    /// </summary>
    public IReadOnlyList<string> Segments(double gapFactor = 1.5)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 1; i <= Words.Count; i++)
        {
            if (i == Words.Count || Words[i].Left - Words[i - 1].Right > gapFactor * Height)
            {
                segments.Add(string.Join(' ', Words.Skip(start).Take(i - start).Select(w => w.Text)));
                start = i;
            }
        }

        return segments;
    }

    public override string ToString() => Text;
}
