namespace CardProcessor.Web.Api.Models;

public sealed record Transaction(
    Guid Id, Guid DocumentId, int Page, Guid CardId, string CardLast4, string HolderName, Guid? EmployeeId,
    DateOnly TransactionDate, DateOnly? PostingDate, string? Reference, string Merchant, string? City,
    string? State, int? Mcc, decimal Amount, IReadOnlyList<LineItem>? LineItems);
