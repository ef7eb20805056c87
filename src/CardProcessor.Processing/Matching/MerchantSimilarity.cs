using System.Text;

namespace CardProcessor.Processing.Matching;

/// <summary>
/// How alike two merchant names are, 0 to 1. Receipt reports print short forms (<c>DELTA AIR</c>
/// for <c>DELTA AIR LINES 0062</c>), so a prefix or all-words containment counts as strong evidence.
/// </summary>
public static class MerchantSimilarity
{
    public static decimal Score(string? left, string? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0m;
        }

        if (a == b)
        {
            return 1m;
        }

        var edit = 1m - (decimal)Levenshtein(a, b) / Math.Max(a.Length, b.Length);
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return Math.Max(edit, 0.9m);
        }

        // The name with fewer distinct words inside the other: symmetric whichever is passed first.
        var wordsA = a.Split(' ').ToHashSet(StringComparer.Ordinal);
        var wordsB = b.Split(' ').ToHashSet(StringComparer.Ordinal);
        var (fewer, more) = wordsA.Count <= wordsB.Count ? (wordsA, wordsB) : (wordsB, wordsA);
        if (fewer.IsSubsetOf(more))
        {
            return Math.Max(edit, 0.85m);
        }

        return edit;
    }

    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToUpperInvariant(character));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
