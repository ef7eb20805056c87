namespace CardProcessor.Extraction.Layout;

/// <summary>
/// Reads "Label: value" pairs off a line, whether the value follows the label closely or sits in
/// a column of its own, and whatever the word splitting (<c>Number:</c> or <c>Number</c> <c>:</c>).
/// </summary>
internal static class LabeledValue
{
    /// <summary>
    /// The words after <paramref name="label"/> up to the next wide gap, or null when the line
    /// does not carry the label. The value may start up to <paramref name="maxFirstGap"/> points
    /// after the label; a block further right (an address beside the header) is not the value.
    /// </summary>
    public static string? Find(LayoutLine line, string label, double maxFirstGap)
    {
        // Most lines carry none of the labels looked for: a cheap test first.
        var firstWord = label.Split(' ')[0].TrimEnd(':');
        if (!line.Text.Contains(firstWord, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var words = line.Words;
        var wanted = Squash(label);
        for (var start = 0; start < words.Count; start++)
        {
            var end = MatchEnd(words, start, wanted);
            if (end < 0)
            {
                continue;
            }

            var value = new List<string>();
            var previousRight = words[end - 1].Right;
            for (var i = end; i < words.Count; i++)
            {
                var gap = words[i].Left - previousRight;
                var limit = value.Count == 0 ? maxFirstGap : 2 * line.Height;
                if (gap > limit)
                {
                    break;
                }

                value.Add(words[i].Text);
                previousRight = words[i].Right;
            }

            return string.Join(' ', value).Trim();
        }

        return null;
    }

    /// <summary>Index just after the words that spell <paramref name="wanted"/> from <paramref name="start"/>, or
    /// -1.</summary>
    private static int MatchEnd(IReadOnlyList<LayoutWord> words, int start, string wanted)
    {
        var spelled = string.Empty;
        for (var i = start; i < words.Count; i++)
        {
            spelled += Squash(words[i].Text);
            if (spelled == wanted && spelled.Length > 0)
            {
                // A colon the source split off as a word of its own belongs to the label.
                return i + 1 < words.Count && words[i + 1].Text == ":" ? i + 2 : i + 1;
            }

            if (!wanted.StartsWith(spelled, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    // Colons are dropped too, so that "Card Number:", "Card Number :" and "Card Number" all match.
    private static string Squash(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c != ':').Select(char.ToUpperInvariant).ToArray());
}
