namespace CardProcessor.Extraction.Tests.Generation.Statements;

internal enum CardholderHeaderStyle
{
    Label,
    Dash,
    Block,
}

internal enum SectionTotalStyle
{
    TotalFor,
    CardholderTotal,
    Row,
}

/// <summary>Where the page footer goes: at the bottom margin, or right under the page's last row (between the rows of a
/// page break).</summary>
internal enum FooterStyle
{
    Bottom,
    UnderLastRow,
    CompanyUnderLastRow,
    CompanyAndPageUnderLastRow,
}

internal enum DateStyle
{
    MonthDayYear,
    MonthDayTwoDigitYear,
    DayMonthName,
    Iso,
}

/// <summary>The families a generated statement is built from, the same axes as the fixtures' <c>style</c>.</summary>
/// <param name="HyphenWraps">A wrapped cell may break after a hyphen (<c>RENT-A-</c> over <c>CAR</c>).</param>
/// <param name="MemoOnMerchantLine">
/// The foreign-currency memo flows on from the merchant's last line instead of a line of its own,
/// so that its amount may sit on the merchant line and the rest wrap under it.
/// </param>
internal sealed record StatementStyle(
    IReadOnlyList<StatementColumn> Columns,
    DateStyle Date,
    bool YearInRows,
    bool WrapDates,
    AmountStyle Amount,
    CardholderHeaderStyle Header,
    bool SummaryPage,
    bool EmployeeIds,
    SectionTotalStyle Total,
    int WrapWidth,
    int CityWrapWidth,
    PdfFontFamily Font,
    double Size,
    bool Landscape,
    bool WordByWord,
    bool PageNumbers,
    bool CompanyOnEveryPage,
    FooterStyle Footer,
    bool HyphenWraps = false,
    bool MemoOnMerchantLine = false)
{
    public static StatementStyle Random(Random random)
    {
        var set = random.Pick(StatementColumn.Sets).ToList();
        if (random.Next(3) == 0)
        {
            // Any order of the columns before the amount.
            var amount = set[^1];
            set = set.Take(set.Count - 1).OrderBy(_ => random.Next()).Append(amount).ToList();
        }

        var stack = random.Next(2) == 0;
        var date = (DateStyle)random.Next(4);
        var yearInRows = date is DateStyle.Iso or DateStyle.MonthDayTwoDigitYear || random.Next(2) == 0;
        var font = random.Pick(new[] { PdfFontFamily.Helvetica, PdfFontFamily.Times, PdfFontFamily.Courier });
        return new StatementStyle(
            set.Select(k => StatementColumn.Random(random, k, stack)).ToList(),
            date,
            yearInRows,
            WrapDates: random.Next(3) == 0,
            new AmountStyle(random.Next(2) == 0, (CreditStyle)random.Next(4)),
            (CardholderHeaderStyle)random.Next(3),
            SummaryPage: random.Next(2) == 0,
            EmployeeIds: random.Next(2) == 0,
            (SectionTotalStyle)random.Next(3),
            WrapWidth: random.Next(16, 36),
            CityWrapWidth: random.Next(9, 18),
            font,
            Size: Math.Round((font == PdfFontFamily.Courier ? 6.5 : 7.5) + random.NextDouble() * 2, 1),
            Landscape: random.Next(4) == 0,
            WordByWord: random.Next(2) == 0,
            PageNumbers: random.Next(2) == 0,
            CompanyOnEveryPage: random.Next(2) == 0,
            (FooterStyle)random.Next(4));
    }

    public IEnumerable<string> ColumnKinds => Columns.Select(c => c.Kind);

    public bool Has(string kind) => Columns.Any(c => c.Kind == kind);
}
