namespace CardProcessor.Processing.Extraction;

/// <summary>The service's <c>pages</c> parameter: <c>1-3,5</c>.</summary>
internal static class PageRanges
{
    public static string? Format(IReadOnlyCollection<int>? pages)
    {
        if (pages is null || pages.Count == 0)
        {
            return null;
        }

        var sorted = pages.Distinct().Order().ToList();
        var ranges = new List<string>();
        var start = sorted[0];
        var previous = start;
        foreach (var page in sorted.Skip(1).Append(int.MaxValue))
        {
            if (page == previous + 1)
            {
                previous = page;
                continue;
            }

            ranges.Add(start == previous ? $"{start}" : $"{start}-{previous}");
            start = previous = page;
        }

        return string.Join(',', ranges);
    }
}
