using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CardProcessor.Extraction.Tests.Hostile;

/// <summary>Writes a PDF byte by byte: numbered objects, a cross-reference table, a trailer.</summary>
internal sealed class HostilePdfBuilder
{
    private readonly List<byte[]> _objects = [];

    public int Reserve()
    {
        _objects.Add([]);
        return _objects.Count;
    }

    public int Add(string body) => Set(Reserve(), body);

    public int Set(int number, string body) => Set(number, Encoding.Latin1.GetBytes(body));

    public int Set(int number, byte[] body)
    {
        _objects[number - 1] = body;
        return number;
    }

    public int AddStream(string dictionary, byte[] data) =>
        Set(Reserve(), Stream(dictionary, data));

    public static byte[] Stream(string dictionary, byte[] data) =>
        [.. Latin1($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];

    /// <summary>A catalog and a page tree of the given pages, each a content stream in Helvetica.</summary>
    public static (HostilePdfBuilder Builder, int Catalog, int Pages) WithPages(IEnumerable<string> contents)
    {
        var builder = new HostilePdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var font = builder.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var kids = new List<int>();
        foreach (var content in contents)
        {
            var stream = builder.AddStream(string.Empty, Latin1(content));
            kids.Add(builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] " +
                $"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>"));
        }

        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] " +
            $"/Count {kids.Count} >>");
        return (builder, catalog, pages);
    }

    public static string Text(string text) => $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";

    public byte[] Build(int root, string trailerExtra = "")
    {
        var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Latin1($"{i + 1} 0 obj\n"));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R {trailerExtra} >>\n");
        table.Append($"startxref\n{xref}\n%%EOF\n");
        output.Write(Latin1(table.ToString()));
        return output.ToArray();
    }

    /// <summary>zlib-compressed zeros, written in chunks so the test never holds what they inflate to.</summary>
    public static byte[] DeflatedZeros(long count)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            for (long written = 0; written < count; written += chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, count - written));
            }
        }

        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
