using CsCheck;

namespace CardProcessor.Extraction.Tests.Extraction;

public sealed class CardNumberMaskingTests
{
    [Fact]
    public void Any_full_card_number_in_text_keeps_only_its_last_four_digits() =>
        Gen.Select(Gen.Int[13, 19], Gen.Long[0, long.MaxValue], Gen.OneOfConst("", " ", "-"))
            .Sample((length, seed, separator) =>
            {
                var random = new Random((int)(seed % int.MaxValue));
                var digits = string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10))));
                var number = string.Join(separator, digits.Chunk(4).Select(c => new string(c)));
                var text = $"PAID WITH {number} AT STORE";

                var masked = CardNumberMasking.Mask(text);

                Assert.Equal(text.Length, masked.Length);
                Assert.StartsWith("PAID WITH ", masked, StringComparison.Ordinal);
                Assert.EndsWith(" AT STORE", masked, StringComparison.Ordinal);
                Assert.Equal(digits[^4..], new string(masked.Where(char.IsAsciiDigit).ToArray()));
            });

    [Theory]
    [InlineData("556735xxxxxx0001")]
    [InlineData("XXXX-XXXX-XXXX-1234")]
    [InlineData("************1234")]
    [InlineData("REF 17441031738")]
    [InlineData("REF 82757441123853557192022")]
    [InlineData("ZOOM.US 888-799-9666")]
    [InlineData("Statement Period: 12/18/2025 - 01/16/2026")]
    public void Masked_numbers_references_and_phone_numbers_are_left_alone(string text) =>
        Assert.Equal(text, CardNumberMasking.Mask(text));
}
