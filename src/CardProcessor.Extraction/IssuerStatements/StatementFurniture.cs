using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// Recognises page furniture that may be printed between table rows: page numbers, the company
/// line and report title repeated at the top of a page, the period line, "continued" markers and
/// boilerplate sentences (disclaimers).
/// </summary>
internal static partial class StatementFurniture
{
    public static bool IsFurniture(LayoutLine line, IReadOnlyCollection<string> repeatedLines)
    {
        var text = LineText.Normalized(line).Trim();
        return PageNumberRegex().IsMatch(text)
            || repeatedLines.Any(repeated => StartsWithPhrase(text, repeated))
            || text.StartsWith("Statement Period", StringComparison.OrdinalIgnoreCase)
            || ContinuedRegex().IsMatch(text)
            || IsProse(line);
    }

    /// <summary>The company line, alone or followed by more furniture ("ACME CORP | Page 2 of 5").</summary>
    private static bool StartsWithPhrase(string text, string phrase) =>
        text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
        && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length]));

    /// <summary>
    /// A sentence: several words, ending a word with a full stop and mostly lower-case letters.
    /// Table text (merchant names, cities) is printed in capitals and without sentences.
    /// </summary>
    public static bool IsProse(LayoutLine line)
    {
        if (line.Words.Count < 5)
        {
            return false;
        }

        var letters = line.Text.Where(char.IsLetter).ToList();
        var lower = letters.Count(char.IsLower);
        var sentence = line.Words.Any(w => w.Text.EndsWith('.') && w.Text.Length > 1 && char.IsLetter(w.Text[^2]));
        return sentence && lower > letters.Count / 2;
    }

    // A bare number is not furniture by itself: a merchant name can wrap a store number onto a line of its own.
    [GeneratedRegex(@"^Page\s+\d+\b|\bPage\s+\d+\s*(?:of|/)\s*\d+\b|^\d+\s*(?:of|/)\s*\d+$|^-\s*\d+\s*-$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"^\(?(?:continued|cont(?:'d|\.)?)\)?$|\((?:continued|cont(?:'d|\.)?)\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuedRegex();
}
