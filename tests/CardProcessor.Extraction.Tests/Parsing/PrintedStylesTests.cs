using System.Globalization;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.Tests.Parsing;

/// <summary>Amount and date styles of statements outside the spec's families.</summary>
public sealed class PrintedStylesTests
{
    [Theory]
    [InlineData("1,234.56Cr", "-1234.56")]
    [InlineData("1,234.56 CR", "-1234.56")]
    [InlineData("12.50 DR", "12.50")]
    [InlineData("1,016.00Dr", "1016.00")]
    [InlineData("1 234,56", "1234.56")]
    [InlineData("1.234,56-", "-1234.56")]
    [InlineData("12,50", "12.50")]
    [InlineData("-$211.00", "-211.00")]
    [InlineData("(12.00)", "-12.00")]
    [InlineData("1,23,456.00", "123456.00")]
    [InlineData("₹1,23,456.78 Cr", "-123456.78")]
    [InlineData("Rs. 2,500.00", "2500.00")]
    public void Amounts_with_suffixes_and_decimal_commas_read_exactly(string printed, string expected)
    {
        Assert.True(AmountParser.TryParse(printed, out var amount), printed);
        Assert.Equal(expected, amount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("15.07.", false, 7, 15)]
    [InlineData("15.07.2024", false, 7, 15)]
    [InlineData("15/07/2024", true, 7, 15)]
    [InlineData("07/15", false, 7, 15)]
    [InlineData("JUL 15", false, 7, 15)]
    [InlineData("15 Jul", false, 7, 15)]
    public void Dates_read_in_the_order_the_document_uses(string printed, bool dayFirst, int month, int day)
    {
        Assert.True(DateParser.TryParse(printed, dayFirst, out var date), printed);
        Assert.Equal((month, day), (date.Month, date.Day));
    }

    [Fact]
    public void A_day_first_date_is_not_read_month_first()
    {
        Assert.False(DateParser.TryParse("15/07/2024", dayFirst: false, out _));
    }
}
