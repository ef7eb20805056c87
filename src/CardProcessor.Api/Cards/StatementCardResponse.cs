namespace CardProcessor.Api.Cards;

/// <summary>A card as it appears on one session's statement, with the total it prints and the total of its rows.</summary>
public sealed record StatementCardResponse(
    Guid CardId,
    string? MaskedNumber,
    string Last4,
    string HolderName,
    string? EmployeeNumber,
    bool IsVehicle,
    Guid? EmployeeId,
    decimal? PrintedTotal,
    decimal TransactionTotal,
    int TransactionCount,
    IReadOnlyDictionary<string, decimal>? CategoryTotals,
    IReadOnlyList<int> Pages);
