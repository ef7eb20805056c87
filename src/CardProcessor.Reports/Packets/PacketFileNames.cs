using System.Text;
using CardProcessor.Reports.Cards;

namespace CardProcessor.Reports.Packets;

/// <summary>
/// Zip entry names for the packets: <c>Finished/Jane A. Doe - 1234.pdf</c>. Names are cut down to
/// characters every file system accepts (no separators, so no entry escapes its folder), and a name
/// taken twice gets a number.
/// </summary>
internal sealed class PacketFileNames
{
    public const string Finished = "Finished";
    public const string Unfinished = "Unfinished";

    private const int MaxNameLength = 100;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string For(SessionCard card)
    {
        var folder = card.IsFinished ? Finished : Unfinished;
        var stem = $"{Sanitise(card.Name)} - {Sanitise(card.Last4)}";
        var name = $"{folder}/{stem}.pdf";
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = $"{folder}/{stem} ({n}).pdf";
        }

        return name;
    }

    public static string Sanitise(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '\'' or ',' or '&' or '(' or ')')
            {
                clean.Append(c);
            }
            else if (char.IsWhiteSpace(c) && clean.Length > 0 && clean[^1] != ' ')
            {
                clean.Append(' ');
            }
        }

        // Leading dots would hide the file (or make "..") and trailing dots or spaces are dropped by Windows.
        var name = clean.ToString().Trim(' ', '.');
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength].TrimEnd(' ', '.');
        }

        return name.Length > 0 ? name : "Card";
    }
}
