using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.Tests.Hostile;

/// <summary>A real statement (a shared fixture, 9 pages) made hostile: extended by an update, or padded.</summary>
public static partial class HostileStatements
{
    public const string FixtureName = "car-2001-001.pdf";

    public static string StatementPath => Path.Combine(FixturesRoot(), "car", FixtureName);

    /// <summary>
    /// Appends an incremental update, as a PDF editor would: a new last page with the given content
    /// stream, the page tree rewritten to include it, and a cross-reference section for both.
    /// </summary>
    public static byte[] WithExtraPage(string filter, byte[] content)
    {
        var original = File.ReadAllBytes(StatementPath);
        var text = Encoding.Latin1.GetString(original);
        var size = int.Parse(SizePattern().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var root = RootPattern().Matches(text)[^1].Groups[1].Value;
        var previous = StartXrefPattern().Matches(text)[^1].Groups[1].Value;
        var catalog = ObjectBody(text, root);
        var pagesNumber = PagesPattern().Match(catalog).Groups[1].Value;
        var pages = ObjectBody(text, pagesNumber);
        var count = int.Parse(CountPattern().Match(pages).Groups[1].Value, CultureInfo.InvariantCulture);
        var (contentNumber, pageNumber) = (size, size + 1);
        var newPages = CountPattern().Replace(pages, $"/Count {count + 1}", 1)
            .Replace("]", $" {pageNumber} 0 R]", StringComparison.Ordinal);

        var update = new MemoryStream();
        update.Write(original);
        update.Write("\n"u8);
        var offsets = new Dictionary<string, long>();
        void Write(string number, byte[] body)
        {
            offsets[number] = update.Position;
            update.Write(HostilePdfBuilder.Latin1($"{number} 0 obj\n"));
            update.Write(body);
            update.Write("\nendobj\n"u8);
        }

        Write(pagesNumber, HostilePdfBuilder.Latin1(newPages));
        Write($"{contentNumber}", HostilePdfBuilder.Stream(filter, content));
        Write($"{pageNumber}", HostilePdfBuilder.Latin1($"<< /Type /Page /Parent {pagesNumber} 0 R " +
            $"/MediaBox [0 0 612 792] /Contents {contentNumber} 0 R >>"));
        var xref = update.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => int.Parse(o.Key, CultureInfo.InvariantCulture)))
        {
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {size + 2} /Root {root} 0 R /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        update.Write(HostilePdfBuilder.Latin1(table.ToString()));
        return update.ToArray();
    }

    /// <summary>The statement followed by zeros after its <c>%%EOF</c>, to exactly <paramref name="length"/>
    /// bytes.</summary>
    public static byte[] PaddedTo(long length)
    {
        var original = File.ReadAllBytes(StatementPath);
        var padded = new byte[length];
        original.CopyTo(padded, 0);
        return padded;
    }

    private static string ObjectBody(string text, string number)
    {
        var start = text.LastIndexOf($"\n{number} 0 obj", StringComparison.Ordinal) + number.Length + 7;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return text[start..end].Trim();
    }

    private static string FixturesRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "fixtures"));
    }

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Pages (\d+) 0 R")]
    private static partial Regex PagesPattern();

    [GeneratedRegex(@"/Count (\d+)")]
    private static partial Regex CountPattern();
}
