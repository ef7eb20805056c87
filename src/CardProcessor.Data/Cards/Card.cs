using CardProcessor.Data.Employees;

namespace CardProcessor.Data.Cards;

/// <summary>
/// A corporate card (a person's or a vehicle's), stable across sessions. Only the last four digits are kept.
/// </summary>
public sealed class Card
{
    public Guid Id { get; set; }

    /// <summary>Identity across sessions: last four plus the normalised holder name.</summary>
    public required string CardKey { get; set; }

    /// <summary>The masked number as printed (<c>556735xxxxxx0001</c>), never a full number.</summary>
    public string? MaskedNumber { get; set; }

    public required string Last4 { get; set; }

    public required string HolderName { get; set; }

    public bool IsVehicle { get; set; }

    public Guid? EmployeeId { get; set; }

    public Employee? Employee { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}
