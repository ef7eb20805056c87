namespace CardProcessor.Api.Cards;

/// <param name="HolderName">The holder as the statement prints it (<c>830VEHICLE UNIT</c>).</param>
/// <param name="DisplayName">The holder as a person reads it (<c>Vehicle unit 830</c>).</param>
public sealed record CardResponse(
    Guid Id,
    string? MaskedNumber,
    string Last4,
    string HolderName,
    string DisplayName,
    bool IsVehicle,
    Guid? EmployeeId,
    string ETag);
