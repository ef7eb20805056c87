using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Employees;

internal static class EmployeesApi
{
    public static RouteGroupBuilder MapEmployeesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/employees", ListSessionEmployees.HandleAsync)
            .WithName("ListSessionEmployees").WithTags("Employees").RequireAuthorization(Policies.Read);
        var employees = api.MapGroup("/employees").WithTags("Employees");
        employees.MapGet("/{id:guid}", GetEmployee.HandleAsync)
            .WithName("GetEmployee")
            .RequireAuthorization(Policies.Read);
        employees.MapGet("/{id:guid}/history", GetEmployeeHistory.HandleAsync)
            .WithName("GetEmployeeHistory").RequireAuthorization(Policies.Read);
        employees.MapPatch("/{id:guid}", UpdateEmployee.HandleAsync)
            .WithName("UpdateEmployee").RequireAuthorization(Policies.Review);
        employees.MapGet("/{id:guid}/aliases", ListEmployeeAliases.HandleAsync)
            .WithName("ListEmployeeAliases").RequireAuthorization(Policies.Read);
        employees.MapPost("/{id:guid}/aliases", AddEmployeeAlias.HandleAsync)
            .WithName("AddEmployeeAlias").RequireAuthorization(Policies.Review);
        employees.MapDelete("/{id:guid}/aliases", RemoveEmployeeAlias.HandleAsync)
            .WithName("RemoveEmployeeAlias").RequireAuthorization(Policies.Review);
        return api;
    }
}
