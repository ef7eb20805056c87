using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>Consecutive words of a line read as one value (a date, an amount, a description).</summary>
internal sealed record WordRun(IReadOnlyList<LayoutWord> Words)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The words run together, for letter-spaced print (<c>1 ,0 16 .0 0 Dr</c>).</summary>
    public string Joined => string.Concat(Words.Select(w => w.Text));
}
