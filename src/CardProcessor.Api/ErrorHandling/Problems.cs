using CardProcessor.Data;
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

    public static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        "This change needs an If-Match header with the ETag you last read.",
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "Precondition required");

    public static ProblemHttpResult PreconditionFailed() => TypedResults.Problem(
        "The resource changed since you read it (the If-Match ETag is stale). Read it again and repeat the change.",
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Precondition failed");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>
    /// The one shape of a refused transition: 409 with the entity, its current status and the
    /// action, so a client can tell "not in this state" from other conflicts and show the state.
    /// </summary>
    public static ProblemDetails Transition(InvalidTransitionException refused) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Not allowed in the current state",
        Detail = refused.Message,
        Extensions =
        {
            ["entity"] = refused.Entity,
            ["currentStatus"] = refused.CurrentStatus,
            ["action"] = refused.Action,
        },
    };
}
