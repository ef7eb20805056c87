using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CardProcessor.Api.ErrorHandling;

/// <summary>ProblemDetails results for the refusals endpoints return themselves.</summary>
internal static class Problems
{
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem("This change needs an If-Match header with the ETag you last read.", statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required");

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem("The resource changed since you read it (the If-Match ETag is stale). Read it again and repeat the change.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemDetails With(this ProblemDetails problem, string key, object? value)
    {
        problem.Extensions[key] = value;
        return problem;
    }
}
