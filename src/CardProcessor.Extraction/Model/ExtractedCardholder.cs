namespace CardProcessor.Extraction.Model;

/// <summary>One card section of a statement (a person's or a vehicle's card).</summary>
public sealed record ExtractedCardholder
{
    /// <summary>The name as printed (<c>JANEDOE</c>, <c>919VEHICLE UNIT</c>, <c>JANE Q DOE</c>).</summary>
    public required string Name { get; init; }

    /// <summary>A friendlier name where the document prints one; null otherwise.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The masked number as printed (<c>556735xxxxxx0001</c>); never a full number.</summary>
    public string? CardNumber { get; init; }

    public required string CardLast4 { get; init; }

    public string? EmployeeId { get; init; }

    /// <summary>
    /// The section header's <c>Customer ID</c> on a card activity report; null where none is printed.
    /// Many cards share one, and a person's card and a vehicle's may share a masked number, so a card
    /// is told apart by the masked number together with this, the name and the employee id.
    /// </summary>
    public string? CustomerId { get; init; }

    public bool? IsVehicle { get; init; }

    /// <summary>The section total as printed.</summary>
    public decimal? Total { get; init; }

    /// <summary>Category totals (<c>Fuel</c>, <c>Maintenance</c>, ...) as printed on a card activity report.</summary>
    public IReadOnlyDictionary<string, decimal>? CategoryTotals { get; init; }

    public IReadOnlyList<ExtractedTransaction> Transactions { get; init; } = [];

    /// <summary>Pages (1-based) the section touches, in order.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];
}
