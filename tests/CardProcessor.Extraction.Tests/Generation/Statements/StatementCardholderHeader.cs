namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>A cardholder section's header in one of the three issuer styles.</summary>
internal static class StatementCardholderHeader
{
    public static void Lay(GeneratedPages pages, StatementCardholder cardholder, StatementStyle style, double margin,
        double pitch, ref double y)
    {
        var employee = cardholder.EmployeeId is null ? null : $"Employee ID: {cardholder.EmployeeId}";
        switch (style.Header)
        {
            case CardholderHeaderStyle.Label:
                var parts = new[] { $"Cardholder: {cardholder.Name}", $"Account: XXXX-XXXX-XXXX-{cardholder.CardLast4}",
                    employee };
                var x = margin;
                foreach (var part in parts.OfType<string>())
                {
                    pages.Text(part, x, y, style.Size, bold: true);
                    x += pages.Measure(part, style.Size, bold: true) + (style.Size * 2);
                }

                y += pitch;
                break;
            case CardholderHeaderStyle.Dash:
                var title = $"{cardholder.Name} - Card ending in {cardholder.CardLast4}";
                pages.Text(title, margin, y, style.Size, bold: true);
                if (employee is not null)
                {
                    pages.Text(employee, margin + pages.Measure(title, style.Size, bold: true) + (style.Size * 2), y,
                        style.Size, bold: true);
                }

                y += pitch;
                break;
            default:
                pages.Text($"Cardholder Name: {cardholder.Name}", margin, y, style.Size, bold: true);
                y += pitch;
                pages.Text($"Card Number: ************{cardholder.CardLast4}", margin, y, style.Size, bold: true);
                y += pitch;
                if (employee is not null)
                {
                    pages.Text(employee, margin, y, style.Size, bold: true);
                    y += pitch;
                }

                break;
        }
    }
}
