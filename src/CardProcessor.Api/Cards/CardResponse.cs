namespace CardProcessor.Api.Cards;

/// <param name="HolderName">The holder as the statement prints it (<c>830VEHICLE UNIT</c>).</param>
/// <param name="DisplayName">The holder as a person reads it (<c>Vehicle unit 830</c>).</param>
/// <param name="CustomerId">The Customer ID the card's statement section prints (masked); null where none.</param>
/// <param name="EmployeeNumber">The employee id the statement prints (a vehicle's unit); null where none.</param>
public sealed record CardResponse(
    Guid Id,
    string? MaskedNumber,
    string Last4,
    string HolderName,
    string DisplayName,
    bool IsVehicle,
    Guid? EmployeeId,
    string ETag,
    string? CustomerId = null,
    string? EmployeeNumber = null);
