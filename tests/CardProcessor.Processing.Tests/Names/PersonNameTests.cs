using CardProcessor.Processing.Names;
using CsCheck;

namespace CardProcessor.Processing.Tests.Names;

public sealed class PersonNameTests
{
    private static readonly Gen<string> s_token = Gen.String[
        Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-.ÀÉÍÑÓÚÜàéíñóúü"],
        2,
        10]
        .Where(token => token.Count(char.IsLetter) >= 2);

    private static readonly Gen<string> s_name = Gen.Select(s_token, s_token)
        .Select((first, last) => $"{first} {last}");

    [Theory]
    [InlineData("Jane A. Doe")]
    [InlineData("JANEDOE")]
    [InlineData("JANE Q DOE")]
    [InlineData("jane doe")]
    [InlineData("  Jane   Doe  ")]
    public void The_statement_and_report_spellings_of_one_person_are_one_key(string printed) =>
        Assert.Equal("JANEDOE", PersonName.Normalize(printed));

    [Theory]
    [InlineData("Patrick O'Brien", "PATRICKOBRIEN")]
    [InlineData("Mary-Jane Smith-Jones", "MARYJANESMITHJONES")]
    [InlineData("Ludwig van Beethoven", "LUDWIGVANBEETHOVEN")]
    [InlineData("Juan de la Cruz", "JUANDELACRUZ")]
    [InlineData("Luis M Patel", "LUISPATEL")]
    [InlineData("144VEHICLE UNIT", "144VEHICLEUNIT")]
    public void Apostrophes_and_hyphens_are_dropped_and_particles_kept(string printed, string expected) =>
        Assert.Equal(expected, PersonName.Normalize(printed));

    [Fact]
    public void Accents_are_dropped_so_a_statements_plain_spelling_is_the_same_key()
    {
        Assert.Equal("JOSENUNEZ", PersonName.Normalize("José A. Núñez"));
        Assert.Equal("ZOEMULLER", PersonName.Normalize("Zoë Müller"));
    }

    [Fact]
    public void Normalizing_a_key_again_changes_nothing() =>
        s_name.Sample(
            name => Assert.Equal(PersonName.Normalize(name), PersonName.Normalize(PersonName.Normalize(name))));

    [Fact]
    public void A_key_holds_only_upper_case_letters_and_digits() =>
        s_name.Sample(
            name => Assert.All(PersonName.Normalize(name), c => Assert.True(char.IsUpper(c) || char.IsDigit(c), name)));

    [Fact]
    public void A_middle_initial_with_or_without_its_dot_never_changes_the_key() =>
        Gen.Select(s_token, s_token, Gen.Char['A', 'Z'], Gen.Bool).Sample((first, last, initial, dot) =>
            Assert.Equal(
                PersonName.Normalize($"{first} {last}"),
                PersonName.Normalize($"{first} {initial}{(dot ? "." : string.Empty)} {last}")));

    [Fact]
    public void Case_never_changes_the_key() =>
        s_name.Sample(
            name => Assert.Equal(
                PersonName.Normalize(name.ToUpperInvariant()),
                PersonName.Normalize(name.ToLowerInvariant())));
}
