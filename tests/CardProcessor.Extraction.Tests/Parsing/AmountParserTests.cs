using System.Globalization;
using CardProcessor.Extraction.Parsing;
using CsCheck;

namespace CardProcessor.Extraction.Tests.Parsing;

public sealed class AmountParserTests
{
    [Fact]
    public void Any_amount_printed_in_any_style_reads_back_exactly_with_its_cents() =>
        Gen.Select(Gen.Long[-99_999_999_99L, 99_999_999_99L], Gen.Bool, Gen.Bool, Gen.Int[0, 3])
            .Sample((cents, dollar, thousands, credit) =>
            {
                var amount = cents / 100m;
                var text = Print(amount, dollar, thousands, credit);

                Assert.True(AmountParser.TryParse(text, out var read), text);
                Assert.Equal(amount, read);
                Assert.Equal(amount.ToString("F2", CultureInfo.InvariantCulture),
                    read.ToString(CultureInfo.InvariantCulture));
            });

    [Theory]
    [InlineData("(12.50)", "-12.50")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("12.50-", "-12.50")]
    [InlineData("12.50 CR", "-12.50")]
    [InlineData("$12.50CR", "-12.50")]
    [InlineData("-$0.45", "-0.45")]
    [InlineData("$-0.45", "-0.45")]
    [InlineData("($2,099.24)", "-2099.24")]
    [InlineData("$1,234,567.89", "1234567.89")]
    [InlineData("219.32000", "219.32000")]
    [InlineData("0.00", "0.00")]
    public void Printed_credit_styles_read_as_negative_amounts(string printed, string expected)
    {
        Assert.True(AmountParser.TryParse(printed, out var amount));
        Assert.Equal(expected, amount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("$")]
    [InlineData("CR")]
    [InlineData("(12.50")]
    [InlineData("12.50)")]
    [InlineData("1,23.45")]
    [InlineData("12.5.6")]
    [InlineData("+-5.00")]
    [InlineData("03/02/2026")]
    [InlineData("HOTEL 221")]
    public void Text_that_is_not_an_amount_is_refused(string printed) =>
        Assert.False(AmountParser.TryParse(printed, out _));

    private static string Print(decimal amount, bool dollar, bool thousands, int credit)
    {
        var digits = Math.Abs(amount).ToString(thousands ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);
        var money = dollar ? "$" + digits : digits;
        if (amount >= 0)
        {
            return money;
        }

        return credit switch
        {
            0 => $"({money})",
            1 => $"-{money}",
            2 => $"{money}-",
            _ => $"{money} CR",
        };
    }
}
