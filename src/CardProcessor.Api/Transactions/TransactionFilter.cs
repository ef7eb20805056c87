namespace CardProcessor.Api.Transactions;

/// <param name="CardId">Only this card's transactions.</param>
/// <param name="EmployeeId">Only this employee's transactions.</param>
/// <param name="Reference">Only the transaction with this reference (Transaction #).</param>
public sealed record TransactionFilter(Guid? CardId, Guid? EmployeeId, string? Reference);
