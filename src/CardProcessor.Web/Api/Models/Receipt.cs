namespace CardProcessor.Web.Api.Models;

public sealed record Receipt(
    Guid Id, Guid DocumentId, int Page, string EmployeeName, DateOnly Date, string? ExpenseType, string? Title,
    decimal Amount, string? Merchant, string? Reference, ReceiptMatch? Match);
