namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

/// <summary>How the column header is printed: two lines (<c>TRANSACTION POSTING</c> over <c>DATE DATE</c>), one, or
/// none.</summary>
internal enum GeneralHeader
{
    TwoLines,
    OneLine,
    None,
}

/// <summary>Date styles of real statements; the row dates print no year except <see cref="DaySlashYear"/>.</summary>
internal enum GeneralDate
{
    MonthNameDay,
    DayMonthName,
    DaySlashYear,
    MonthSlashDay,
    DayDotMonth,
}

/// <summary>How a credit is printed; <see cref="CreditColumn"/> prints credits in a column of their own.</summary>
internal enum GeneralCredit
{
    LeadingMinusDollar,
    CrSuffix,
    CrAttached,
    Parentheses,
    TrailingMinus,
    CreditColumn,
}

/// <summary>
/// One generated statement's layout choices, imitating what real statements do: two-line or no
/// headers, month-name dates, CR suffixes, descriptions above their row, a summary side panel,
/// sections with totals, foreign-currency detail lines, decimal commas.
/// </summary>
internal sealed record GeneralStatementStyle(
    GeneralHeader Header,
    GeneralDate Date,
    bool PostingColumn,
    GeneralCredit Credit,
    bool DescriptionsAbove,
    bool SidePanel,
    bool Sections,
    bool PrintedPeriod,
    bool DecimalComma)
{
    public static GeneralStatementStyle Random(Random random)
    {
        var date = (GeneralDate)random.Next(5);
        var dayFirst = date is GeneralDate.DaySlashYear or GeneralDate.DayDotMonth or GeneralDate.DayMonthName;
        return new GeneralStatementStyle(
            (GeneralHeader)random.Next(3),
            date,
            random.Next(3) > 0,
            (GeneralCredit)random.Next(6),
            random.Next(3) == 0,
            random.Next(2) == 0,
            random.Next(3) == 0,
            random.Next(2) == 0,
            dayFirst && random.Next(2) == 0);
    }

    public override string ToString() =>
        $"{Header}; {Date}{(PostingColumn ? " +post" : "")}; {Credit}{(DescriptionsAbove ? "; above" : "")}"
        + $"{(SidePanel ? "; panel" : "")}{(Sections ? "; sections" : "")}{(DecimalComma ? "; comma" : "")}";
}
