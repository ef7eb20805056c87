using CardProcessor.Data.Cards;

namespace CardProcessor.Processing.Tests.Cards;

public sealed class CardholderDisplayNameTests
{
    [Theory]
    [InlineData("830VEHICLE UNIT", "Vehicle unit 830")]
    [InlineData("144VEHICLE UNIT", "Vehicle unit 144")]
    [InlineData("830 VEHICLE UNIT", "Vehicle unit 830")]
    [InlineData("T-12VEHICLEUNIT", "Vehicle unit T-12")]
    [InlineData("VEHICLE UNIT 830", "Vehicle unit 830")]
    [InlineData("vehicle unit #77", "Vehicle unit 77")]
    public void A_vehicle_card_printed_with_its_unit_reads_as_vehicle_unit_and_the_number(
        string printed,
        string expected) =>
        Assert.Equal(expected, CardholderDisplayName.Of(printed, isVehicle: true));

    [Theory]
    [InlineData("FLEET POOL")]
    [InlineData("VEHICLE UNIT")]
    public void A_vehicle_card_without_a_unit_number_keeps_its_printed_name(string printed) =>
        Assert.Equal(printed, CardholderDisplayName.Of(printed, isVehicle: true));

    [Fact]
    public void A_persons_card_keeps_the_name_as_printed_even_when_it_looks_like_a_unit() =>
        Assert.Equal("830VEHICLE UNIT", CardholderDisplayName.Of("830VEHICLE UNIT", isVehicle: false));
}
