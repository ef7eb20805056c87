namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The value of an <c>address</c> field, split into its parts.</summary>
public sealed record AddressValue
{
    public string? HouseNumber { get; init; }

    public string? PoBox { get; init; }

    public string? Road { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? PostalCode { get; init; }

    public string? CountryRegion { get; init; }

    public string? StreetAddress { get; init; }

    public string? Unit { get; init; }

    public string? CityDistrict { get; init; }

    public string? StateDistrict { get; init; }

    public string? Suburb { get; init; }

    public string? House { get; init; }

    public string? Level { get; init; }
}
