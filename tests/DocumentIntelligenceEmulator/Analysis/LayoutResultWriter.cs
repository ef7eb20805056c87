using System.Text;
using System.Text.Json.Nodes;

namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>
/// Writes a layout-model <c>analyzeResult</c> for pages of words: the <c>content</c> string (words joined by
/// spaces, lines and pages by line breaks, as the service writes it), each word's and line's span into it, and
/// the lines.
/// </summary>
internal static class LayoutResultWriter
{
    // Two consecutive words share a line when their vertical centres are this close, relative to the smaller height.
    private const double SameLineTolerance = 0.3;

    public static JsonObject Write(string modelId, IReadOnlyList<EmulatedPage> pages, string stringIndexType)
    {
        var content = new StringBuilder();
        var layouts = pages.Select(page => Lay(page, content)).ToList();
        var text = content.ToString();
        var index = StringIndexMap.For(text, stringIndexType);
        return new JsonObject
        {
            ["apiVersion"] = "2024-11-30",
            ["modelId"] = modelId,
            ["stringIndexType"] = stringIndexType,
            ["contentFormat"] = "text",
            ["content"] = text,
            ["pages"] = new JsonArray([.. layouts.Select(layout => layout.ToJson(index))]),
        };
    }

    private static PageLayout Lay(EmulatedPage page, StringBuilder content)
    {
        var lines = new List<LineLayout>();
        var pageStart = content.Length;
        foreach (var line in SplitLines(page.Words))
        {
            if (content.Length > 0)
            {
                content.Append('\n');
            }

            var lineStart = content.Length;
            var words = new List<(EmulatedWord Word, int Offset)>();
            foreach (var word in line)
            {
                if (content.Length > lineStart)
                {
                    content.Append(' ');
                }

                words.Add((word, content.Length));
                content.Append(word.Text);
            }

            lines.Add(
                new LineLayout(words, lineStart, content.Length - lineStart,
                content.ToString(lineStart, content.Length - lineStart)));
        }

        var start = lines.Count > 0 ? lines[0].Offset : pageStart;
        return new PageLayout(page, lines, start, content.Length - start);
    }

    private static List<List<EmulatedWord>> SplitLines(IReadOnlyList<EmulatedWord> words)
    {
        var lines = new List<List<EmulatedWord>>();
        foreach (var word in words.Where(w => w.Text.Length > 0))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            var previous = current?[^1];
            if (previous is not null
                && Math.Abs(previous.CenterY - word.CenterY) <= SameLineTolerance * Math.Min(previous.Height,
                    word.Height))
            {
                current!.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines;
    }

    private static JsonObject Span(StringIndexMap index, int offset, int length)
    {
        var (start, units) = index.Span(offset, length);
        return new JsonObject { ["offset"] = start, ["length"] = units };
    }

    private static JsonArray Polygon(IEnumerable<double> points) => new([.. points.Select(p => (JsonNode)p)]);

    private sealed record LineLayout(List<(EmulatedWord Word, int Offset)> Words, int Offset, int Length, string Text)
    {
        public JsonObject ToJson(StringIndexMap index)
        {
            var polygons = Words.Select(w => w.Word.Polygon).ToList();
            var (left, top) = (polygons.Min(p => Xs(p).Min()), polygons.Min(p => Ys(p).Min()));
            var (right, bottom) = (polygons.Max(p => Xs(p).Max()), polygons.Max(p => Ys(p).Max()));
            return new JsonObject
            {
                ["content"] = Text,
                ["polygon"] = Polygon([left, top, right, top, right, bottom, left, bottom]),
                ["spans"] = new JsonArray(Span(index, Offset, Length)),
            };
        }

        private static IEnumerable<double> Xs(IReadOnlyList<double> polygon) => polygon.Where((_, i) => i % 2 == 0);

        private static IEnumerable<double> Ys(IReadOnlyList<double> polygon) => polygon.Where((_, i) => i % 2 == 1);
    }

    private sealed record PageLayout(EmulatedPage Page, List<LineLayout> Lines, int Offset, int Length)
    {
        public JsonObject ToJson(StringIndexMap index) => new()
        {
            ["pageNumber"] = Page.Number,
            ["angle"] = Page.Angle,
            ["width"] = Page.Width,
            ["height"] = Page.Height,
            ["unit"] = Page.Unit,
            ["words"] = new JsonArray([.. Lines.SelectMany(line => line.Words).Select(w => (JsonNode)new JsonObject
            {
                ["content"] = w.Word.Text,
                ["polygon"] = Polygon(w.Word.Polygon),
                ["confidence"] = w.Word.Confidence,
                ["span"] = Span(index, w.Offset, w.Word.Text.Length),
            })]),
            ["lines"] = new JsonArray([.. Lines.Select(line => (JsonNode)line.ToJson(index))]),
            ["spans"] = Lines.Count == 0 ? new JsonArray() : new JsonArray(Span(index, Offset, Length)),
        };
    }
}
