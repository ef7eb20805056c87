namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>
/// Generates issuer statements from a seed, across every axis of the spec: column sets and
/// orders, header words and wrapped header cells, date styles (with and without years, across a
/// December-January cycle), amount and credit styles, cardholder header styles, summary pages,
/// total styles, wrapped merchant and city cells, memo lines, furniture between rows, fonts.
/// </summary>
internal static class IssuerStatementGenerator
{
    public static GeneratedDocument Generate(int seed, StatementTamper tamper = StatementTamper.None,
        bool? summaryPage = null)
    {
        var random = new Random(seed);
        var style = StatementStyle.Random(random);
        if (summaryPage is { } summary)
        {
            style = style with { SummaryPage = summary };
        }

        var data = StatementDataGenerator.Generate(random, style.EmployeeIds);
        var pdf = StatementLayout.Render(data, style, tamper, random);
        var name = $"statement seed {seed} ({string.Join(",", style.ColumnKinds)}; "
            + $"{style.Date}{(style.YearInRows ? "" : " no year")}; {style.Header}; {style.Total}; "
            + $"{style.Amount.Credit}; {style.Font})";
        return new GeneratedDocument(name, pdf, StatementGroundTruth.For(data, style));
    }
}
