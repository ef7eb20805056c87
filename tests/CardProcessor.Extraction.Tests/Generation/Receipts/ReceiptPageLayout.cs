using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.Receipts;

/// <summary>One receipt page, in the expense tool's export order or as "Label: value" lines.</summary>
internal static class ReceiptPageLayout
{
    public static void Lay(GeneratedPages pages, GeneratedReceipt receipt, bool inline, double size)
    {
        var lines = inline ? InlineLines(receipt) : ExportLines(receipt);
        var y = 50d;
        foreach (var (label, value) in lines)
        {
            pages.Text(label, 50, y, size);
            if (value.Length > 0)
            {
                pages.Text(value, 210, y, size);
            }

            y += size * 1.3;
        }
    }

    private static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The export prints some values before their labels, exactly as the fixtures do.</summary>
    private static List<(string, string)> ExportLines(GeneratedReceipt r)
    {
        var lines = new List<(string, string)>
        {
            (r.ReportNumber, string.Empty), (r.Employee, string.Empty), (r.ExpenseType, string.Empty),
            ($"Expense Transaction Date {Date(r.Date)}", string.Empty), ("Transaction ID:", string.Empty),
                (r.TransactionId, string.Empty),
            (r.Title, string.Empty), ("Expense Title:", string.Empty), ("Amount :", string.Empty),
                ("Address:", string.Empty),
            (r.Address, string.Empty), (Amount(r.Amount), string.Empty), ("Purpose:", string.Empty),
                ($"Receipts Notes (1): {r.Purpose}", string.Empty),
            ("Merchant Name:", string.Empty), (r.Merchant, string.Empty), ("Merchant Address:", string.Empty),
                (r.MerchantAddress, string.Empty),
        };
        if (r.Coding is { } coding)
        {
            lines.Add((coding.IsJob ? "Job Coding" : "GL Coding", string.Empty));
            lines.Add(("Accounts Coding Type :", string.Empty));
            lines.AddRange(coding.IsJob
                ? [("Job", string.Empty), ($"{coding.Job} {coding.JobName}", string.Empty), ("Phase", string.Empty),
                    ($"{coding.Phase} {coding.PhaseName}", string.Empty), ("Cost Type", string.Empty),
                    (coding.CostType!, string.Empty)]
                : [("GL Account", string.Empty), ($"{coding.GlAccount} ({coding.GlDescription})", string.Empty)]);
        }
        else
        {
            lines.Add(("Accounts Coding Type :", string.Empty));
            lines.Add(("(none)", string.Empty));
        }

        lines.Add(("Attachment Name:", string.Empty));
        if (r.Attachment is not null)
        {
            lines.Add((r.Attachment, string.Empty));
        }

        lines.Add(("Request Type:", string.Empty));
        lines.Add(("Expense", string.Empty));
        return lines;
    }

    /// <summary>Another producer: each label with its value beside it.</summary>
    private static List<(string, string)> InlineLines(GeneratedReceipt r)
    {
        var lines = new List<(string, string)>
        {
            (r.ReportNumber, string.Empty), (r.Employee, string.Empty), (r.ExpenseType, string.Empty),
            ("Expense Transaction Date", Date(r.Date)), ("Transaction ID:", r.TransactionId),
                ("Expense Title:", r.Title),
            ("Amount :", Amount(r.Amount)), ("Address:", r.Address), ("Purpose:", $"Receipts Notes (1): {r.Purpose}"),
            ("Merchant Name:", r.Merchant), ("Merchant Address:", r.MerchantAddress),
        };
        if (r.Coding is { } coding)
        {
            lines.Add((coding.IsJob ? "Job Coding" : "GL Coding", string.Empty));
            lines.Add(("Accounts Coding Type :", string.Empty));
            lines.AddRange(coding.IsJob
                ? [("Job:", $"{coding.Job} {coding.JobName}"), ("Phase:", $"{coding.Phase} {coding.PhaseName}"),
                    ("Cost Type:", coding.CostType!)]
                : [("GL Account:", $"{coding.GlAccount} ({coding.GlDescription})")]);
        }

        lines.Add(("Attachment Name:", r.Attachment ?? string.Empty));
        lines.Add(("Request Type:", "Expense"));
        return lines;
    }
}
