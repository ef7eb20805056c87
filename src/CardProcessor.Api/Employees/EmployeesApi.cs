using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Employees;

internal static class EmployeesApi
{
    public static RouteGroupBuilder MapEmployeesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/employees", ListSessionEmployees.HandleAsync).WithName("ListSessionEmployees").WithTags("Employees").RequireAuthorization(Policies.Read);
        var employees = api.MapGroup("/employees").WithTags("Employees");
        employees.MapGet("/{id:guid}", GetEmployee.HandleAsync).WithName("GetEmployee").RequireAuthorization(Policies.Read);
        employees.MapGet("/{id:guid}/history", GetEmployeeHistory.HandleAsync).WithName("GetEmployeeHistory").RequireAuthorization(Policies.Read);
        return api;
    }
}
