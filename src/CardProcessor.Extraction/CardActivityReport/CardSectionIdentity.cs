namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// What a card section's header prints about its card. The masked number alone is not an identity:
/// a person's card and a vehicle's card can print the same <c>556735xxxxxx1234</c> (the digits that
/// differ are the masked ones) and differ only in customer id, name and employee id.
/// </summary>
internal sealed record CardSectionIdentity(string CardNumber, string? CustomerId, string? Name, string? EmployeeId)
{
    /// <summary>
    /// True when both headers can be the same card: the same number, and no field that both print
    /// differs. A header that leaves a field empty does not make it another card.
    /// </summary>
    public bool SameCardAs(CardSectionIdentity other) =>
        CardNumber == other.CardNumber
        && Agrees(CustomerId, other.CustomerId)
        && Agrees(Name, other.Name)
        && Agrees(EmployeeId, other.EmployeeId);

    /// <summary>How many fields both headers print with the same value, to prefer the closest of several
    /// candidates.</summary>
    public int SharedFields(CardSectionIdentity other) =>
        (Matches(CustomerId, other.CustomerId) ? 1 : 0)
        + (Matches(Name, other.Name) ? 1 : 0)
        + (Matches(EmployeeId, other.EmployeeId) ? 1 : 0);

    private static bool Agrees(string? left, string? right) =>
        left is null || right is null || Matches(left, right);

    private static bool Matches(string? left, string? right) =>
        left is not null && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
