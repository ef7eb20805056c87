using System.Globalization;
using System.Text;

namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>
/// Converts UTF-16 offsets into <c>content</c> to the unit the client asked for with <c>stringIndexType</c>:
/// <c>utf16CodeUnit</c> (.NET, JavaScript), <c>unicodeCodePoint</c> (Python) or <c>textElements</c> (graphemes,
/// the service's default).
/// </summary>
internal sealed class StringIndexMap
{
    public const string Utf16CodeUnit = "utf16CodeUnit";
    public const string UnicodeCodePoint = "unicodeCodePoint";
    public const string TextElements = "textElements";

    private readonly int[]? _units;

    private StringIndexMap(int[]? units) => _units = units;

    public static bool IsKnown(string type) => type is Utf16CodeUnit or UnicodeCodePoint or TextElements;

    public static StringIndexMap For(string content, string stringIndexType) => stringIndexType switch
    {
        Utf16CodeUnit => new StringIndexMap(null),
        UnicodeCodePoint =>
            new StringIndexMap(
            Build(content,
            (text, at) =>
            Rune.DecodeFromUtf16(text.AsSpan(at), out _, out var length) == System.Buffers.OperationStatus.Done ? length
            : 1)),
        TextElements => new StringIndexMap(Build(content, StringInfo.GetNextTextElementLength)),
        _ =>
            throw new ArgumentOutOfRangeException(nameof(stringIndexType), stringIndexType, "Unknown stringIndexType."),
    };

    /// <summary>The offset, in the requested unit, of a UTF-16 offset that starts a word, line or page.</summary>
    public int Offset(int utf16Offset) => _units is null ? utf16Offset : _units[utf16Offset];

    public (int Offset, int Length) Span(int utf16Offset, int utf16Length)
    {
        var start = Offset(utf16Offset);
        return (start, Offset(utf16Offset + utf16Length) - start);
    }

    // units[i] is the number of whole units before UTF-16 index i; indexes inside a unit take the unit's start.
    private static int[] Build(string content, Func<string, int, int> unitLength)
    {
        var units = new int[content.Length + 1];
        var count = 0;
        for (var at = 0; at < content.Length; count++)
        {
            var length = Math.Max(1, unitLength(content, at));
            for (var i = 0; i < length && at + i < content.Length; i++)
            {
                units[at + i] = count;
            }

            at += length;
        }

        units[content.Length] = count;
        return units;
    }
}
