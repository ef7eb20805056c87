using CardProcessor.Data.Employees;

namespace CardProcessor.Data.Cards;

/// <summary>
/// A corporate card (a person's or a vehicle's), stable across sessions. Only the last four digits are kept.
/// </summary>
public sealed class Card
{
    public Guid Id { get; set; }

    /// <summary>
    /// Identity across sessions, unique: the masked number (or the last four), customer id, printed
    /// employee id and normalised holder name, <c>|</c>-separated. Never the masked number alone: a
    /// person's card and a vehicle's card can print the same one.
    /// </summary>
    public required string CardKey { get; set; }

    /// <summary>The masked number as printed (<c>556735xxxxxx0001</c>), never a full number.</summary>
    public string? MaskedNumber { get; set; }

    /// <summary>The <c>Customer ID</c> the card's statement section prints; null where none is printed.</summary>
    public string? CustomerId { get; set; }

    /// <summary>The employee id the card's statement section prints (a vehicle's unit number); null where none
    /// is.</summary>
    public string? EmployeeNumber { get; set; }

    public required string Last4 { get; set; }

    public required string HolderName { get; set; }

    public bool IsVehicle { get; set; }

    public Guid? EmployeeId { get; set; }

    public Employee? Employee { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}
