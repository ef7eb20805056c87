using CardProcessor.Data;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Limits;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CardProcessor.Api.ErrorHandling;

/// <summary>
/// The one error path: every exception an endpoint lets through becomes RFC 9457 ProblemDetails with
/// the status that fits it. Endpoints do not catch.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problems,
    IHostEnvironment environment,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "Modified by someone else",
                "The resource changed since you read it. Read it again and repeat the change."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Problem(StatusCodes.Status409Conflict, "Conflict", "The change conflicts with an existing resource."),
            InvalidTransitionException refused => Problems.Transition(refused),
            DocumentLimitExceededException bound => Problem(StatusCodes.Status422UnprocessableEntity,
                "Document over a limit", bound.Message, bound.Bound.ToString()),
            UnreadablePdfException unreadable =>
                Problem(StatusCodes.Status400BadRequest, "Not a readable PDF", unreadable.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                Problem(499, "Client closed request", null),
            _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error",
                environment.IsDevelopment() || environment.IsEnvironment("Testing")
                    ? exception.ToString()
                    : "An unexpected error occurred; the trace id identifies it in the logs."),
        };

        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    private static ProblemDetails Problem(int status, string title, string? detail, string? bound = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (bound is not null)
        {
            // Which of Extraction:Limits it is, for a client that explains or retries differently.
            problem.Extensions["bound"] = bound;
        }

        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
