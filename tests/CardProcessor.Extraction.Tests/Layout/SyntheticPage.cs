using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.Tests.Layout;

/// <summary>
/// Builds layout pages from text, one string per line, in a fixed-pitch "font" (6 points a
/// character, 14 points a line), the way Document Intelligence would deliver words with boxes.
/// </summary>
internal static class SyntheticPage
{
    public const double CharWidth = 6;
    public const double LinePitch = 14;

    public static LayoutPage From(int number, params string[] lines)
    {
        var words = new List<LayoutWord>();
        for (var l = 0; l < lines.Length; l++)
        {
            var top = 40 + (l * LinePitch);
            var line = lines[l];
            var start = -1;
            for (var i = 0; i <= line.Length; i++)
            {
                var boundary = i == line.Length || line[i] == ' ';
                if (!boundary && start < 0)
                {
                    start = i;
                }
                else if (boundary && start >= 0)
                {
                    words.Add(
                        new LayoutWord(line[start..i], 30 + (start * CharWidth), top, 30 + (i * CharWidth), top + 10));
                    start = -1;
                }
            }
        }

        return new LayoutPage(number, 612, 792, words, LayoutSource.DocumentIntelligence);
    }

    public static LayoutPage Blank(int number) => new(number, 612, 792, [], LayoutSource.PdfTextLayer);
}
