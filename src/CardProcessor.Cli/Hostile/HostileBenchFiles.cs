using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CardProcessor.Cli.Hostile;

/// <summary>
/// The three files issue 12 measured, written for <c>cardprocessor bench-hostile</c>: a one-page
/// decompression bomb, a page of three million operators, and a statement padded to the size limit.
/// </summary>
internal static class HostileBenchFiles
{
    public static string WriteBomb(string folder, long inflatedBytes)
    {
        // Deflate twice: the inner stream of zeros compresses ~1000:1, and its regularity again.
        var inner = Deflate(output =>
        {
            var chunk = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                output.Write(chunk, 0, (int)Math.Min(chunk.Length, inflatedBytes - written));
            }
        });
        var outer = Deflate(output => output.Write(inner));
        return Write(folder, "bomb.pdf", OnePage("/Filter [/FlateDecode /FlateDecode]", outer));
    }

    public static string WriteOperators(string folder, int operators)
    {
        var content = new byte[operators * 2];
        for (var i = 0; i < content.Length; i += 2)
        {
            (content[i], content[i + 1]) = ((byte)'n', (byte)'\n');
        }

        return Write(folder, "operators.pdf", OnePage("/Filter /FlateDecode", Deflate(o => o.Write(content))));
    }

    public static string WritePadded(string folder, string statement, long length)
    {
        var path = Path.Combine(folder, "padded.pdf");
        File.Copy(statement, path, overwrite: true);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.SetLength(length);
        return path;
    }

    private static byte[] OnePage(string filter, byte[] content)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        };
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n"u8);
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((b, i) => (b, i + 1)))
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n{body}\nendobj\n"));
        }

        offsets.Add(pdf.Position);
        pdf.Write(Encoding.Latin1.GetBytes($"4 0 obj\n<< {filter} /Length {content.Length} >>\nstream\n"));
        pdf.Write(content);
        pdf.Write("\nendstream\nendobj\n"u8);
        var xref = pdf.Position;
        var table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        offsets.ForEach(o => table.Append(o.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n"));
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Deflate(Action<Stream> write)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            write(zlib);
        }

        return output.ToArray();
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
