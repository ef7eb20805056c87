namespace CardProcessor.Api.Cards;

/// <summary>
/// A card as it appears on one session's statement, with the total it prints and the total of its rows.
/// </summary>
/// <param name="HolderName">The holder as this statement prints it (<c>830VEHICLE UNIT</c>).</param>
/// <param name="DisplayName">The holder as a person reads it (<c>Vehicle unit 830</c>).</param>
/// <param name="EmployeeNumber">The employee id this statement prints for the card; null where none.</param>
/// <param name="CustomerId">The stored card's Customer ID (masked); null where none was printed.</param>
/// <param name="CardEmployeeNumber">The stored card's employee id; null where none was printed.</param>
public sealed record StatementCardResponse(
    Guid CardId,
    string? MaskedNumber,
    string Last4,
    string HolderName,
    string DisplayName,
    string? EmployeeNumber,
    bool IsVehicle,
    Guid? EmployeeId,
    decimal? PrintedTotal,
    decimal TransactionTotal,
    int TransactionCount,
    IReadOnlyDictionary<string, decimal>? CategoryTotals,
    IReadOnlyList<int> Pages,
    string? CustomerId = null,
    string? CardEmployeeNumber = null);
