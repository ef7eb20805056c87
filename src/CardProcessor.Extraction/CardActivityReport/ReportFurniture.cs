using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// Removes the page footer (<c>Cardholder Activity Report General vr04162025092536 ... Page 1 of 4</c>)
/// and the small-print disclaimer (<c>This is not an invoice. ...</c>) word by word, before lines
/// are built. The report draws them at fixed places on the page while its table rows flow
/// underneath, so they overlap whatever row happens to be there; removing them by their words,
/// not their lines, leaves that row intact.
/// </summary>
internal static partial class ReportFurniture
{
    private static readonly Func<string, bool>[] _footerTitle =
        [Exact("Cardholder"), Exact("Activity"), Exact("Report"), Exact("General"), VersionStamp().IsMatch];

    private static readonly Func<string, bool>[] _pageNumber = [Exact("Page"), Number().IsMatch, Exact("of"),
        Number().IsMatch];

    private static readonly Func<string, bool>[] _disclaimer =
        [Exact("This"), Exact("is"), Exact("not"), Exact("an"), Invoice().IsMatch];

    public static IReadOnlyList<LayoutWord> Remove(IReadOnlyList<LayoutWord> words)
    {
        var removed = new HashSet<LayoutWord>(ReferenceEqualityComparer.Instance);
        foreach (var word in words)
        {
            if (removed.Contains(word))
            {
                continue;
            }

            foreach (var phrase in new[] { _footerTitle, _pageNumber, _disclaimer })
            {
                if (!phrase[0](word.Text))
                {
                    continue;
                }

                var run = FollowRun(words, word, phrase, removed);
                if (run.Count < phrase.Length)
                {
                    continue;
                }

                if (ReferenceEquals(phrase, _disclaimer))
                {
                    // The disclaimer's wording may change; it ends where its small print ends.
                    run = FollowRun(words, word, null, removed);
                }

                removed.UnionWith(run);
                break;
            }
        }

        return removed.Count == 0 ? words : words.Where(w => !removed.Contains(w)).ToList();
    }

    /// <summary>
    /// The word and the words that follow it on the same baseline, in the same size, each within
    /// a word space of the one before: as many as <paramref name="phrase"/> has, each matching its
    /// token (a row word printed in between is passed over), or, without a phrase, all of them.
    /// </summary>
    private static List<LayoutWord> FollowRun(IReadOnlyList<LayoutWord> words, LayoutWord first,
        Func<string, bool>[]? phrase, HashSet<LayoutWord> removed)
    {
        var run = new List<LayoutWord> { first };
        var current = first;
        while (phrase is null || run.Count < phrase.Length)
        {
            var token = phrase?[run.Count];
            LayoutWord? next = null;
            foreach (var candidate in words)
            {
                if (removed.Contains(candidate) || ReferenceEquals(candidate, current))
                {
                    continue;
                }

                var sameLine = Math.Abs(candidate.Bottom - current.Bottom) <= 0.2 * current.Height
                    && Math.Abs(candidate.Height - current.Height) <= 0.15 * current.Height;
                var gap = candidate.Left - current.Right;
                if (sameLine && gap > -0.2 * current.Height && gap <= 1.2 * current.Height
                    && (token is null || token(candidate.Text))
                    && (next is null || candidate.Left < next.Left))
                {
                    next = candidate;
                }
            }

            if (next is null)
            {
                break;
            }

            run.Add(next);
            current = next;
        }

        return run;
    }

    private static Func<string, bool> Exact(string word) =>
        text => text.Equals(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^vr\d{8,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionStamp();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^invoice\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invoice();
}
