namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>The account summary: a row per cardholder with the masked card and total, then the statement
/// total.</summary>
internal static class StatementSummary
{
    public static void Lay(GeneratedPages pages, StatementData data, StatementStyle style, StatementTamper tamper,
        double margin, double pitch, ref double y)
    {
        var account = margin + Math.Max(200, data.Cardholders.Max(c => pages.Measure(c.Name, style.Size)) + 30);
        var total = account + pages.Measure("XXXX-XXXX-XXXX-0000", style.Size) + 90;
        pages.Text("Account Summary", margin, y, style.Size + 1, bold: true);
        y += pitch * 1.5;
        pages.Text("Cardholder", margin, y, style.Size, bold: true);
        pages.Text("Account", account, y, style.Size, bold: true);
        pages.Text("Total", total, y, style.Size, bold: true, alignRight: true);
        y += pitch;
        for (var i = 0; i < data.Cardholders.Count; i++)
        {
            var cardholder = data.Cardholders[i];
            pages.Text(cardholder.Name, margin, y, style.Size);
            pages.Text($"XXXX-XXXX-XXXX-{cardholder.CardLast4}", account, y, style.Size);
            pages.Text(
                style.Amount.Format(cardholder.Total + (i == 0 && tamper == StatementTamper.SummaryRow ? 1m : 0m)),
                total, y, style.Size, alignRight: true);
            y += pitch;
        }

        pages.Text("Statement Total", margin, y, style.Size, bold: true);
        pages.Text(style.Amount.Format(data.Total), total, y, style.Size, bold: true, alignRight: true);
        y += pitch * 2;
    }
}
