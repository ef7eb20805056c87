namespace CardProcessor.Extraction.Limits;

/// <summary>A leaf of the page tree with the resources it inherits.</summary>
internal sealed record PdfPageNode(int Number, PdfDictionary Page, object? Resources);

/// <summary>
/// Walks the page tree iteratively with a visited set and a depth guard, so that a circular or
/// deeply nested tree is refused instead of looping or overflowing the stack.
/// </summary>
internal static class PdfPageTree
{
    public static List<PdfPageNode> Walk(PdfObjectTable table, DocumentLimits limits)
    {
        var catalog = table.Resolve(table.Trailer?["Root"]) as PdfDictionary
            ?? table.Objects.Select(o => o.Dictionary).LastOrDefault(d => d?.Is("Type", "Catalog") == true)
            ?? throw new UnreadablePdfException("The file is not a readable PDF: it has no document catalog.");
        var root = catalog["Pages"];
        var declared = (table.Resolve(root) as PdfDictionary)?["Count"] as long? ?? 0;
        var pages = new List<PdfPageNode>();
        var visited = new HashSet<int>();
        var stack = new Stack<(object? Node, int Depth, object? Resources)>();
        stack.Push((root, 0, null));
        while (stack.Count > 0)
        {
            var (node, depth, inherited) = stack.Pop();
            if (node is PdfRef reference && !visited.Add(reference.Number))
            {
                throw new UnreadablePdfException(
                    $"The file is not a readable PDF: its page tree is circular (object {reference.Number} " +
                    "appears in it twice).");
            }

            if (table.Resolve(node) is not PdfDictionary dictionary)
            {
                continue;
            }

            var resources = dictionary["Resources"] ?? inherited;
            if (table.Resolve(dictionary["Kids"]) is List<object?> kids && !dictionary.Is("Type", "Page"))
            {
                if (depth >= limits.MaxNestingDepth)
                {
                    throw new DocumentLimitExceededException(DocumentBound.NestingDepth,
                        $"The PDF's page tree is deeper than the {limits.MaxNestingDepth}-level limit.");
                }

                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids[i], depth + 1, resources));
                }

                continue;
            }

            pages.Add(new PdfPageNode(pages.Count + 1, dictionary, resources));
            if (pages.Count > limits.MaxPages)
            {
                var count = Math.Max(declared, pages.Count);
                throw new DocumentLimitExceededException(DocumentBound.Pages, count > pages.Count
                    ? $"The PDF has {LimitText.Count(count)} pages; the limit is {LimitText.Count(limits.MaxPages)}."
                    : $"The PDF has more than the {LimitText.Count(limits.MaxPages)} pages allowed.");
            }
        }

        return pages;
    }
}
