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
    private static readonly Regex[] _footerTitle =
        [Exact("Cardholder"), Exact("Activity"), Exact("Report"), Exact("General"), VersionStamp()];

    private static readonly Regex[] _pageNumber = [Exact("Page"), Number(), Exact("of"), Number()];

    private static readonly Regex[] _disclaimer =
        [Exact("This"), Exact("is"), Exact("not"), Exact("an"), Invoice()];

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
                if (!phrase[0].IsMatch(word.Text))
                {
                    continue;
                }

                var run = FollowRun(words, word, phrase.Length, removed);
                if (run.Count < phrase.Length || !run.Zip(phrase).All(p => p.Second.IsMatch(p.First.Text)))
                {
                    continue;
                }

                if (ReferenceEquals(phrase, _disclaimer))
                {
                    // The disclaimer's wording may change; it ends where its small print ends.
                    run = FollowRun(words, word, int.MaxValue, removed);
                }

                removed.UnionWith(run);
                break;
            }
        }

        return removed.Count == 0 ? words : words.Where(w => !removed.Contains(w)).ToList();
    }

    /// <summary>
    /// The word and up to <paramref name="count"/> - 1 words that follow it on the same baseline,
    /// in the same size, each within a word space of the one before.
    /// </summary>
    private static List<LayoutWord> FollowRun(IReadOnlyList<LayoutWord> words, LayoutWord first, int count, HashSet<LayoutWord> removed)
    {
        var run = new List<LayoutWord> { first };
        var current = first;
        while (run.Count < count)
        {
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

    private static Regex Exact(string word) =>
        new($"^{Regex.Escape(word)}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^vr\d{8,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionStamp();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^invoice\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invoice();
}
