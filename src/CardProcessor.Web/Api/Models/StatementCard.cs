namespace CardProcessor.Web.Api.Models;

public sealed record StatementCard(
    Guid CardId, string Last4, string HolderName, string DisplayName, bool IsVehicle, Guid? EmployeeId,
    decimal? PrintedTotal, decimal TransactionTotal, int TransactionCount);
