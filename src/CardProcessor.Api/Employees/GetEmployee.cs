using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

internal static class GetEmployee
{
    public static async Task<Results<Ok<EmployeeResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var employee = await db.Employees.Where(e => e.Id == id)
            .Select(EmployeeQueries.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        if (employee is null)
        {
            return Problems.NotFound($"Employee {id}");
        }

        response.Headers.ETag = employee.ETag;
        return TypedResults.Ok(employee);
    }
}
