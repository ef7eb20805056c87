using System.IO.Compression;
using System.Security.Cryptography;
using static CardProcessor.Extraction.Tests.Hostile.HostilePdfBuilder;

namespace CardProcessor.Extraction.Tests.Hostile;

/// <summary>
/// The hostile-input corpus, generated: nothing here is a fixture except the real statement that two
/// cases pad or extend. Bounds are the defaults of <see cref="Limits.DocumentLimits"/>.
/// </summary>
public static class HostileCorpus
{
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    private static readonly Lazy<byte[]> _bombContent = new(() => Deflate(DeflatedZeros(1L << 30)));

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("empty", () => [], 3, "not a PDF", 400, "empty"),
        new("not-a-pdf", () => "Name,Amount\nJane,12.00\n"u8.ToArray(), 3, "not a PDF", 415, "not a PDF"),
        new("truncated", () => Hello()[..300], 3, "truncated", 400, "truncated"),
        new("damaged-xref", DamagedXref, 4, "not a statement", 400, "not a recognisable"),
        new("encrypted-user-password", EncryptedWithUserPassword, 3, "password", 400, "password"),
        new("10000-blank-pages", () => Built(WithPages(Enumerable.Repeat(string.Empty, 10_000))), 6,
            "10,000 pages; the limit is 2,000", 422, "10,000 pages"),
        new("circular-page-tree", CircularPageTree, 3, "circular", 400, "circular"),
        new("deep-nesting", DeepNesting, 6, "deeper than the 100-level limit", 422, "100-level"),
        new("decompression-bomb", () => OnePage($"/Filter [/FlateDecode /FlateDecode]", _bombContent.Value), 6,
            "Page 1's content inflates beyond the 64 MiB per-stream limit", 422, "64 MiB per-stream"),
        new("huge-image", HugeImage, 6, "(an image) inflates beyond the 64 MiB", 422, "an image"),
        new("millions-of-operators", MillionsOfOperators, 6, "Page 1 has more than the 250,000", 422,
            "250,000 content operators"),
        new("statement-with-bomb-page", () => HostileStatements.WithExtraPage(
            "/Filter [/FlateDecode /FlateDecode]", _bombContent.Value), 6,
            "Page 10's content inflates beyond the 64 MiB per-stream limit", 201, null),
        new("statement-padded-to-limit", () => HostileStatements.PaddedTo(DefaultMaxFileBytes), 0, string.Empty,
            201, null),
        new("statement-one-byte-over", () => HostileStatements.PaddedTo(DefaultMaxFileBytes + 1), 6,
            "the limit is 67,108,864", 413, "the limit is"),
        new("javascript-and-embedded-file", () => ActiveContent(Latin1("hello")), 4, "not a statement", 400,
            "not a recognisable"),
        new("embedded-file-bomb", () => ActiveContent(_bombContent.Value, "/Filter [/FlateDecode /FlateDecode]"),
            6, "inflates beyond the 64 MiB per-stream limit", 400, "not a recognisable"),
        new("pdf-zip-polyglot", Polyglot, 3, "polyglot", 400, "polyglot"),
    ];

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);

    public static byte[] Hello() => Built(WithPages([Text("Hello, this is not a statement")]));

    private static byte[] Built((HostilePdfBuilder Builder, int Catalog, int Pages) pdf) =>
        pdf.Builder.Build(pdf.Catalog);

    private static byte[] OnePage(string filter, byte[] data)
    {
        var builder = new HostilePdfBuilder();
        var content = builder.AddStream(filter, data);
        var page = builder.Reserve();
        var pages = builder.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        builder.Set(page, $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R >>");
        return builder.Build(builder.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
    }

    private static byte[] DamagedXref()
    {
        var bytes = Hello();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var xref = text.LastIndexOf("xref\n", StringComparison.Ordinal);
        // Every offset points at the file's start, and startxref at nothing.
        var damaged = text[..xref] + System.Text.RegularExpressions.Regex.Replace(
            text[xref..], @"\d{10} 00000 n", "0000000000 00000 n")
                .Replace("startxref\n", "startxref\n9", StringComparison.Ordinal);
        return Latin1(damaged);
    }

    private static byte[] EncryptedWithUserPassword()
    {
        var (builder, catalog, _) = WithPages([Text("secret")]);
        var o = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var u = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var encrypt = builder.Add($"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <{o}> /U <{u}> >>");
        return builder.Build(catalog, $"/Encrypt {encrypt} 0 R /ID [<00112233445566778899AABBCCDDEEFF> " +
            "<00112233445566778899AABBCCDDEEFF>]");
    }

    private static byte[] CircularPageTree()
    {
        var (builder, catalog, pages) = WithPages([Text("loop")]);
        var inner = builder.Add($"<< /Type /Pages /Parent {pages} 0 R /Kids [{pages} 0 R] /Count 1 >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{inner} 0 R] /Count 1 >>");
        return builder.Build(catalog);
    }

    private static byte[] DeepNesting()
    {
        var (builder, catalog, _) = WithPages([Text("deep")]);
        builder.Add(new string('[', 100_000) + new string(']', 100_000));
        return builder.Build(catalog);
    }

    private static byte[] HugeImage()
    {
        var builder = new HostilePdfBuilder();
        var image = builder.AddStream(
            "/Type /XObject /Subtype /Image /Width 200000 /Height 200000 /ColorSpace /DeviceRGB " +
            "/BitsPerComponent 8 /Filter /DCTDecode", [0xFF, 0xD8, 0xFF, 0xD9]);
        var content = builder.AddStream(string.Empty, Latin1("q 612 0 0 792 0 0 cm /Im1 Do Q"));
        var page = builder.Add($"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] " +
            $"/Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>");
        builder.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return builder.Build(builder.Add("<< /Type /Catalog /Pages 4 0 R >>"));
    }

    private static byte[] MillionsOfOperators()
    {
        var operators = new byte[3_000_000 * 2];
        for (var i = 0; i < operators.Length; i += 2)
        {
            operators[i] = (byte)'n';
            operators[i + 1] = (byte)'\n';
        }

        return OnePage("/Filter /FlateDecode", Deflate(operators));
    }

    private static byte[] ActiveContent(byte[] attachment, string filter = "")
    {
        var (builder, catalog, pages) = WithPages([Text("Hello from a document with a script")]);
        var file = builder.AddStream($"/Type /EmbeddedFile {filter}", attachment);
        var spec = builder.Add($"<< /Type /Filespec /F (payload.exe) /EF << /F {file} 0 R >> >>");
        var script = builder.Add("<< /S /JavaScript /JS (app.alert\\('hello'\\);) >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R /OpenAction {script} 0 R " +
            $"/Names << /EmbeddedFiles << /Names [(payload.exe) {spec} 0 R] >> >> >>");
        return builder.Build(catalog);
    }

    private static byte[] Polyglot()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("payload.txt").Open();
            entry.Write("not what it seems"u8);
        }

        return [.. Hello(), .. zip.ToArray()];
    }
}
