using System.Buffers;
using System.Text;

namespace CardProcessor.Testing;

/// <summary>
/// Reads <c>.local/infra.env</c>, the <c>export NAME='value'</c> lines that <c>scripts/infra/start.sh</c> writes,
/// with the shell's quoting rules so that a file a shell can source means the same here.
/// </summary>
public static class InfraEnvFile
{
    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    // Inside double quotes a backslash escapes only these; before anything else it is kept.
    private static readonly SearchValues<char> DoubleQuoteEscapes = SearchValues.Create("$`\"\\");

    public static IReadOnlyDictionary<string, string> Read(string path) => Parse(File.ReadLines(path));

    /// <summary>Skips blank lines and <c>#</c> comments; any other line must be <c>[export] NAME=value</c>.</summary>
    /// <exception cref="FormatException">A line that is not an assignment, with its number.</exception>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !IsName(line.AsSpan(0, equals)))
            {
                throw new FormatException($"line {number} is not NAME=value");
            }

            values[line[..equals]] = ShellWord(line[(equals + 1)..])
                ?? throw new FormatException($"line {number} has an unterminated quote or text after the value");
        }

        return values;
    }

    private static bool IsName(ReadOnlySpan<char> name) =>
        !char.IsAsciiDigit(name[0]) && !name.ContainsAnyExcept(NameCharacters);

    /// <summary>One shell word: single quotes literal, double quotes with escapes; null when malformed.</summary>
    private static string? ShellWord(string text)
    {
        var word = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            var c = text[i++];
            if (c == '\'')
            {
                var end = text.IndexOf('\'', i);
                if (end < 0)
                {
                    return null;
                }

                word.Append(text, i, end - i);
                i = end + 1;
            }
            else if (c == '"')
            {
                for (; i < text.Length && text[i] != '"'; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length && DoubleQuoteEscapes.Contains(text[i + 1]))
                    {
                        i++;
                    }

                    word.Append(text[i]);
                }

                if (i++ >= text.Length)
                {
                    return null;
                }
            }
            else if (c == '\\' && i < text.Length)
            {
                word.Append(text[i++]);
            }
            else
            {
                word.Append(c);
            }
        }

        var rest = text.AsSpan(i).TrimStart();
        return rest.IsEmpty || rest[0] == '#' ? word.ToString() : null;
    }
}
