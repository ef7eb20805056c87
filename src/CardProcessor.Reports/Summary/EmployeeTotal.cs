namespace CardProcessor.Reports.Summary;

/// <param name="EmployeeId">
/// Null for a vehicle's or an unowned card, which is then named by its printed holder name.
/// </param>
public sealed record EmployeeTotal(Guid? EmployeeId, string Name, int Count, decimal Total);
