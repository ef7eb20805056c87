using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>
/// A receipt page's lines cut at its labels: each label's region holds the text on the label's own
/// line after the colon (where a producer prints "Label: value") and the lines up to the next label
/// (where the value is printed under the label).
/// </summary>
internal sealed partial class LabeledRegions
{
    private readonly Dictionary<ReceiptLabel, Region> _regions = [];

    public LabeledRegions(IEnumerable<string> lines)
    {
        Region? current = null;
        foreach (var line in lines)
        {
            var label = Match(line, out var inline);
            if (label is not null)
            {
                current = new Region(inline);
                _regions.TryAdd(label.Value, current);
                continue;
            }

            current?.Lines.Add(line);
        }
    }

    public bool Has(ReceiptLabel label) => _regions.ContainsKey(label);

    /// <summary>The inline value and the lines under the label, in order (empty if the label is absent).</summary>
    public IReadOnlyList<string> Values(ReceiptLabel label) =>
        _regions.TryGetValue(label, out var region)
            ? (region.Inline.Length > 0 ? [region.Inline, .. region.Lines] : region.Lines)
            : [];

    public string Text(ReceiptLabel label) => string.Join(' ', Values(label)).Trim();

    private static ReceiptLabel? Match(string line, out string inline)
    {
        inline = string.Empty;
        var title = CodingTitleRegex().Match(line);
        if (title.Success)
        {
            return title.Groups["kind"].Value.Equals("GL", StringComparison.OrdinalIgnoreCase)
                ? ReceiptLabel.GlCoding
                : ReceiptLabel.JobCoding;
        }

        var match = LabelRegex().Match(line);
        if (!match.Success)
        {
            return null;
        }

        inline = match.Groups["rest"].Value.Trim();
        var name = WhitespaceRegex().Replace(match.Groups["label"].Value, " ").ToUpperInvariant();
        return name switch
        {
            "TRANSACTION ID" => ReceiptLabel.TransactionId,
            "EXPENSE TITLE" => ReceiptLabel.Title,
            "AMOUNT" => ReceiptLabel.Amount,
            "ADDRESS" => ReceiptLabel.Address,
            "PURPOSE" => ReceiptLabel.Purpose,
            "MERCHANT NAME" => ReceiptLabel.MerchantName,
            "MERCHANT ADDRESS" => ReceiptLabel.MerchantAddress,
            "ACCOUNTS CODING TYPE" => ReceiptLabel.CodingType,
            "ATTACHMENT NAME" => ReceiptLabel.Attachment,
            "REQUEST TYPE" => ReceiptLabel.RequestType,
            _ => null,
        };
    }

    [GeneratedRegex(
        @"^(?<label>Transaction\s+ID|Expense\s+Title|Amount|Address|Purpose|Merchant\s+Name|Merchant\s+Address|"
            + @"Accounts\s+Coding\s+Type|Attachment\s+Name|Request\s+Type)\s*:(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^(?<kind>Job|GL)\s+Coding\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodingTitleRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();

    private sealed class Region(string inline)
    {
        public string Inline { get; } = inline;

        public List<string> Lines { get; } = [];
    }
}
