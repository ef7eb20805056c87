using CardProcessor.Extraction;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CardProcessor.Api.ErrorHandling;

/// <summary>
/// The one error path: every exception an endpoint lets through becomes RFC 9457 ProblemDetails with
/// the status that fits it. Endpoints do not catch.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status412PreconditionFailed, "Modified by someone else",
                "The resource changed since you read it. Read it again and repeat the change."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => (StatusCodes.Status409Conflict, "Conflict",
                "The change conflicts with an existing resource."),
            UnreadablePdfException unreadable => (StatusCodes.Status400BadRequest, "Not a readable PDF", unreadable.Message),
            ApiProblemException api => (api.StatusCode, api.Title, api.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Client closed request", null),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error",
                environment.IsDevelopment() || environment.IsEnvironment("Testing") ? exception.ToString() : "An unexpected error occurred; the trace id identifies it in the logs."),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
