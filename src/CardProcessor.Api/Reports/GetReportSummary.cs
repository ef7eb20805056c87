using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Reports.Summary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CardProcessor.Api.Reports;

internal static class GetReportSummary
{
    /// <summary>
    /// Totals by employee, merchant group and category, receipt coverage, issues by rule and status, processing time.
    /// </summary>
    public static async Task<Results<Ok<ReportSummaryResponse>, ProblemHttpResult>> HandleAsync(
        Guid? session, CardProcessorDbContext db, CancellationToken cancellationToken)
    {
        if (session is not { } id)
        {
            return Problems.BadRequest("Name the session: ?session={id}.");
        }

        return await ReportSummaryQuery.LoadAsync(db, id, cancellationToken) is { } summary
            ? TypedResults.Ok(summary)
            : Problems.NotFound($"Session {id}");
    }
}
