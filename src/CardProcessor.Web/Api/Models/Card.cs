namespace CardProcessor.Web.Api.Models;

public sealed record Card(Guid Id, string Last4, bool IsVehicle, Guid? EmployeeId, string ETag);
