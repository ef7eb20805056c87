using System.Text.RegularExpressions;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>
/// Reads a receipt's coding: <c>Job</c> / <c>Phase</c> / <c>Cost Type</c> (job coding) or
/// <c>GL Account</c> (GL coding), each label followed by its value on the same or the next line;
/// <c>(none)</c> or nothing means the expense is not coded.
/// </summary>
internal static partial class ReceiptCodingReader
{
    public static ReceiptCoding? Read(IReadOnlyList<string> codingLines, bool jobTitle, bool glTitle)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < codingLines.Count; i++)
        {
            var match = SubLabelRegex().Match(codingLines[i]);
            if (!match.Success)
            {
                continue;
            }

            var label = WhitespaceRegex().Replace(match.Groups["label"].Value, " ");
            var inline = match.Groups["rest"].Value.Trim();
            if (inline.Length == 0 && i + 1 < codingLines.Count && !SubLabelRegex().IsMatch(codingLines[i + 1]))
            {
                inline = codingLines[++i].Trim();
            }

            values.TryAdd(label, inline);
        }

        if (glTitle || values.ContainsKey("GL Account"))
        {
            var (account, description) = Split(values.GetValueOrDefault("GL Account"), GlRegex());
            return new ReceiptCoding { Type = CodingType.GL, GlAccount = account, GlDescription = description };
        }

        if (jobTitle || values.ContainsKey("Job"))
        {
            var (job, jobName) = Split(values.GetValueOrDefault("Job"), CodeRegex());
            var (phase, phaseName) = Split(values.GetValueOrDefault("Phase"), CodeRegex());
            return new ReceiptCoding
            {
                Type = CodingType.Job,
                Job = job,
                JobName = jobName,
                Phase = phase,
                PhaseName = phaseName,
                CostType = NullIfEmpty(values.GetValueOrDefault("Cost Type")),
            };
        }

        return null;
    }

    /// <summary>"21045. PORT ARTHUR REFINERY" into code and name; "6450.00 (Repairs &amp; Maintenance)"
    /// likewise.</summary>
    private static (string? Code, string? Name) Split(string? value, Regex pattern)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var match = pattern.Match(value.Trim());
        return match.Success
            ? (match.Groups["code"].Value, NullIfEmpty(match.Groups["name"].Value.Trim()))
            : (null, value.Trim());
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(?<label>Job|Phase|Cost\s+Type|GL\s+Account)(?:\s*:|\s*$)(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubLabelRegex();

    [GeneratedRegex(@"^(?<code>\d[\d.\-]*)\s*(?<name>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^(?<code>\d[\d.\-]*)\s*\(?(?<name>.*?)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GlRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}
