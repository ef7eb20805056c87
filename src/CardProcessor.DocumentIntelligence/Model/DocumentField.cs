namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>
/// A field a prebuilt or custom model extracted. At most the one <c>Value…</c> property that matches
/// <see cref="Type"/> is set, and it can be missing even though the type is set (the service saw the text but
/// could not normalise it): then only <see cref="Content"/> holds what was read.
/// </summary>
public sealed record DocumentField
{
    /// <summary>
    /// <c>string</c>, <c>date</c>, <c>time</c>, <c>phoneNumber</c>, <c>number</c>, <c>integer</c>,
    /// <c>selectionMark</c>,
    /// <c>countryRegion</c>, <c>signature</c>, <c>array</c>, <c>object</c>, <c>currency</c>, <c>address</c>,
    /// <c>boolean</c> or <c>selectionGroup</c>; kept as text so that a type added later still reads.
    /// </summary>
    public string Type { get; init; } = "";

    public string? ValueString { get; init; }

    public DateOnly? ValueDate { get; init; }

    public TimeOnly? ValueTime { get; init; }

    /// <summary>E.164, e.g. <c>+19876543210</c>.</summary>
    public string? ValuePhoneNumber { get; init; }

    public double? ValueNumber { get; init; }

    public long? ValueInteger { get; init; }

    public bool? ValueBoolean { get; init; }

    /// <summary><c>selected</c> or <c>unselected</c>.</summary>
    public string? ValueSelectionMark { get; init; }

    /// <summary><c>signed</c> or <c>unsigned</c>.</summary>
    public string? ValueSignature { get; init; }

    /// <summary>ISO 3166-1 alpha-3, e.g. <c>USA</c>.</summary>
    public string? ValueCountryRegion { get; init; }

    public IReadOnlyList<string>? ValueSelectionGroup { get; init; }

    public IReadOnlyList<DocumentField>? ValueArray { get; init; }

    public IReadOnlyDictionary<string, DocumentField>? ValueObject { get; init; }

    public CurrencyValue? ValueCurrency { get; init; }

    public AddressValue? ValueAddress { get; init; }

    /// <summary>The text the value was read from, as printed.</summary>
    public string? Content { get; init; }

    public IReadOnlyList<BoundingRegion>? BoundingRegions { get; init; }

    public IReadOnlyList<DocumentSpan>? Spans { get; init; }

    public double? Confidence { get; init; }
}
