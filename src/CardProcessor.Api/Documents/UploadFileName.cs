using System.Globalization;
using System.Text;

namespace CardProcessor.Api.Documents;

/// <summary>
/// The name a client gave its file, made safe to store, log and echo: no folders (<c>../../x</c>,
/// <c>C:\x</c>), no control or bidirectional-override characters, at most 200 characters.
/// </summary>
internal static class UploadFileName
{
    private const int MaxLength = 200;
    private const string Fallback = "upload.pdf";

    public static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Fallback;
        }

        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        var leaf = name[(lastSeparator + 1)..];
        var clean = new StringBuilder(leaf.Length);
        foreach (var c in leaf)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned))
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString().Trim().TrimStart('.').Trim();
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength];
        }

        return result.Length == 0 ? Fallback : result;
    }
}
