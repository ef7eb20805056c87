using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// Joins letter-spaced print (<c>G O O G L E</c>, each letter a word a hair apart) back into
/// words, while single-character words set with ordinary spaces (<c>B &amp; H</c>) stay apart.
/// </summary>
internal static class LetterSpacing
{
    // Letters of one letter-spaced word stand closer than this fraction of the line height.
    private const double LetterGap = 0.35;
    private const int MinimumLetters = 3;

    public static string Join(IReadOnlyList<LayoutWord> words)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            var end = i;
            while (end + 1 < words.Count && IsLetter(words[end]) && IsLetter(words[end + 1])
                && words[end + 1].Left - words[end].Right <= LetterGap * words[end].Height)
            {
                end++;
            }

            if (end - i + 1 >= MinimumLetters)
            {
                parts.Add(string.Concat(words.Skip(i).Take(end - i + 1).Select(w => w.Text)));
                i = end + 1;
                continue;
            }

            parts.Add(words[i].Text);
            i++;
        }

        return string.Join(' ', parts);
    }

    private static bool IsLetter(LayoutWord word) =>
        word.Text.Length == 1 && (char.IsLetterOrDigit(word.Text[0]) || word.Text[0] is '*' or '#' or '.' or '-');
}
