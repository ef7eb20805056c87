using System.Text.RegularExpressions;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>
/// Reads one receipt page: report number, employee and expense type above the
/// <c>Expense Transaction Date</c> line, then the labelled fields. The export prints some values
/// before their labels (the title above <c>Expense Title:</c>, the amount after the address under
/// <c>Amount :</c> / <c>Address:</c>), so values are taken by what they look like where the
/// position alone is ambiguous.
/// </summary>
internal static partial class ReceiptPageReader
{
    private const string DateLabel = "Expense Transaction Date";

    public static ExtractedReceipt? Read(IReadOnlyList<string> lines, int page)
    {
        var dateIndex = -1;
        for (var i = 0; i < lines.Count && dateIndex < 0; i++)
        {
            dateIndex = lines[i].StartsWith(DateLabel, StringComparison.OrdinalIgnoreCase) ? i : -1;
        }

        if (dateIndex < 0)
        {
            return null;
        }

        var dateText = lines[dateIndex][DateLabel.Length..].Trim().TrimStart(':').Trim();
        if (dateText.Length == 0 && dateIndex + 1 < lines.Count)
        {
            dateText = lines[dateIndex + 1];
        }

        var regions = new LabeledRegions(lines.Skip(dateIndex + 1));
        var (amount, _) = AmountAndAddress(regions);
        if (!DateParser.TryParse(dateText, out var printed) || printed.Resolve(null, null) is not { } date
            || amount is null)
        {
            return null;
        }

        var (reportNumber, employee, expenseType) = Heading(lines.Take(dateIndex).ToList());
        if (employee is null)
        {
            return null;
        }

        var idLines = regions.Values(ReceiptLabel.TransactionId);
        var transactionId = idLines.Count > 0 ? idLines[0].Split(' ')[0] : null;
        var title = regions.Text(ReceiptLabel.Title);
        if (title.Length == 0)
        {
            // Printed between the id and the "Expense Title:" label.
            title = string.Join(' ', idLines.Skip(1)).Trim();
        }

        var attachment = regions.Has(ReceiptLabel.Attachment) ? regions.Text(ReceiptLabel.Attachment) : null;
        return new ExtractedReceipt
        {
            Employee = employee,
            Cardholder = CardholderNameKey.FromDisplayName(employee),
            ReportNumber = reportNumber,
            ExpenseType = expenseType,
            Date = date,
            TransactionId = transactionId,
            Title = NullIfEmpty(title),
            Amount = amount.Value,
            MerchantAddress = NullIfEmpty(regions.Text(ReceiptLabel.MerchantAddress)),
            Purpose = NullIfEmpty(NotesPrefixRegex().Replace(regions.Text(ReceiptLabel.Purpose), string.Empty)),
            Merchant = NullIfEmpty(regions.Text(ReceiptLabel.MerchantName)),
            Coding = ReceiptCodingReader.Read(
                regions.Values(ReceiptLabel.CodingType),
                regions.Has(ReceiptLabel.JobCoding),
                regions.Has(ReceiptLabel.GlCoding)),
            HasAttachment = attachment is null ? null : attachment.Length > 0,
            Page = page,
        };
    }

    /// <summary>The report number (all digits), then the employee's name and the expense type.</summary>
    private static (string? ReportNumber, string? Employee, string? ExpenseType) Heading(List<string> lines)
    {
        var numberIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].All(char.IsAsciiDigit))
            {
                numberIndex = i;
            }
        }

        var rest = lines.Skip(numberIndex + 1).ToList();
        var number = numberIndex >= 0 ? lines[numberIndex] : null;
        return rest.Count switch
        {
            0 => (number, null, null),
            1 => (number, rest[0], null),
            _ => (number, rest[^2], rest[^1]),
        };
    }

    /// <summary>Under "Amount :" and "Address:" the export prints the address, then the amount.</summary>
    private static (decimal? Amount, string Address) AmountAndAddress(LabeledRegions regions)
    {
        var values = regions.Values(ReceiptLabel.Amount).Concat(regions.Values(ReceiptLabel.Address)).ToList();
        var amountIndex = values.FindLastIndex(v => AmountParser.TryParse(v, out _));
        if (amountIndex < 0)
        {
            return (null, string.Join(' ', values));
        }

        var address = string.Join(' ', values.Where((_, i) => i != amountIndex)).Trim();
        return (AmountParser.ParseOrNull(values[amountIndex]), address);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^Receipts?\s+Notes\s*(?:\(\d+\))?\s*:\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesPrefixRegex();
}
