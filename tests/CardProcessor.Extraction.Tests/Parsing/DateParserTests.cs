using System.Globalization;
using CardProcessor.Extraction.Parsing;
using CsCheck;

namespace CardProcessor.Extraction.Tests.Parsing;

public sealed class DateParserTests
{
    private static readonly string[] _withYear = ["MM/dd/yyyy", "M/d/yyyy", "MM/dd/yy", "dd-MMM-yyyy", "dd MMM yyyy",
        "yyyy-MM-dd", "MMM d, yyyy"];
    private static readonly string[] _withoutYear = ["MM/dd", "M/d", "dd MMM", "dd-MMM"];

    [Fact]
    public void Any_date_printed_with_its_year_reads_back_exactly() =>
        Gen.Select(Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31)], Gen.Int[0, _withYear.Length - 1])
            .Sample((date, format) =>
            {
                var text = date.ToString(_withYear[format], CultureInfo.InvariantCulture);

                Assert.True(DateParser.TryParse(text, out var printed), text);
                Assert.Equal(date, printed.Resolve(null, null));
            });

    [Fact]
    public void A_date_without_its_year_takes_the_year_that_places_it_at_the_statement_period() =>
        Gen.Select(Gen.DateOnly[new DateOnly(2001, 1, 1), new DateOnly(2098, 12, 31)], Gen.Int[27, 31], Gen.Int[-5, 31],
            Gen.Int[0, _withoutYear.Length - 1])
            .Sample((start, length, offset, format) =>
            {
                // Transactions are dated from a few days before the period to its last day.
                var end = start.AddDays(length);
                var date = start.AddDays(Math.Min(offset, length));
                var text = date.ToString(_withoutYear[format], CultureInfo.InvariantCulture);

                Assert.True(DateParser.TryParse(text, out var printed), text);
                Assert.Null(printed.Year);
                Assert.Equal(date, printed.Resolve(start, end));
            });

    [Theory]
    [InlineData("12/28", "2025-12-28")]
    [InlineData("01/03", "2026-01-03")]
    [InlineData("12/15", "2025-12-15")]
    [InlineData("16 Jan", "2026-01-16")]
    [InlineData("31 Dec", "2025-12-31")]
    public void A_December_to_January_statement_puts_each_day_in_its_own_year(string printed, string expected)
    {
        Assert.True(DateParser.TryParse(printed, out var date));

        var resolved = date.Resolve(new DateOnly(2025, 12, 18), new DateOnly(2026, 1, 16));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), resolved);
    }

    [Theory]
    [InlineData("13/01/2026")]
    [InlineData("02/30/2026")]
    [InlineData("2026-13-01")]
    [InlineData("32 Jan")]
    [InlineData("12 Foo 2026")]
    [InlineData("Nov")]
    [InlineData("17441031738")]
    public void Text_that_is_not_a_date_is_refused(string printed) =>
        Assert.False(DateParser.TryParse(printed, out _));

    [Fact]
    public void The_29th_of_February_without_a_year_lands_in_the_leap_year_of_the_period()
    {
        Assert.True(DateParser.TryParse("02/29", out var date));

        Assert.Equal(new DateOnly(2028, 2, 29), date.Resolve(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)));
    }
}
