namespace CardProcessor.Extraction.Tables;

/// <summary>
/// The header words a document family uses for each column (<c>Trans Date</c>, <c>Tran Date</c>,
/// <c>Transaction Date</c>, ...). Matching ignores case and trailing colons.
/// </summary>
internal sealed class HeaderVocabulary
{
    private readonly List<(string[] Words, ColumnKind Kind)> _phrases = [];
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    public HeaderVocabulary(IEnumerable<(string Phrase, ColumnKind Kind)> phrases, IEnumerable<ColumnKind> rightAligned)
    {
        foreach (var (phrase, kind) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).ToArray();
            _phrases.Add((words, kind));
            _words.UnionWith(words);
        }

        // Longest phrases first, so that "Merchant Group" wins over "Merchant".
        _phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        RightAligned = rightAligned.ToHashSet();
    }

    public IReadOnlySet<ColumnKind> RightAligned { get; }

    public static string Normalize(string word) => word.Trim().TrimEnd(':').ToUpperInvariant();

    public bool IsHeaderWord(string word) => _words.Contains(word.TrimEnd(':'));

    /// <summary>The column a complete header reads as, or <see cref="ColumnKind.Unknown"/>.</summary>
    public ColumnKind Resolve(IReadOnlyList<string> words)
    {
        var normalized = words.Select(Normalize).Where(w => w.Length > 0).ToArray();
        foreach (var (phrase, kind) in _phrases)
        {
            if (phrase.SequenceEqual(normalized))
            {
                return kind;
            }
        }

        return ColumnKind.Unknown;
    }

    /// <summary>
    /// How many words from <paramref name="start"/> form a run that appears, in order and
    /// contiguous, inside one header phrase; whole phrases are preferred to parts of phrases.
    /// </summary>
    public int MatchLength(IReadOnlyList<string> words, int start)
    {
        var best = 0;
        var bestIsWhole = false;
        foreach (var (phrase, _) in _phrases)
        {
            for (var offset = 0; offset < phrase.Length; offset++)
            {
                var length = 0;
                while (offset + length < phrase.Length && start + length < words.Count
                    && phrase[offset + length] == Normalize(words[start + length]))
                {
                    length++;
                }

                var whole = offset == 0 && length == phrase.Length;
                if (length > best || (length == best && whole && !bestIsWhole))
                {
                    best = length;
                    bestIsWhole = whole;
                }
            }
        }

        return best;
    }
}
