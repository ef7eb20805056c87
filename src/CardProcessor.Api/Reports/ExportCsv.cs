using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Reports;
using CardProcessor.Reports.Csv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CardProcessor.Api.Reports;

internal static class ExportCsv
{
    /// <summary>
    /// Streams one dataset as CSV straight from the database to the response. The audit row is written
    /// once the last row is out, with the count; if it cannot be written the response fails instead of
    /// ending as a complete file.
    /// </summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id,
        string? dataset,
        CardProcessorDbContext db,
        CsvExportWriter writer,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        if (!CsvDatasets.TryParse(dataset, out var kind))
        {
            return Problems.BadRequest(
                $"Unknown dataset '{dataset}'. Ask for one of: {string.Join(", ", CsvDatasets.Names)}.");
        }

        var session = await ReportSession.FindAsync(db, id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        var name = CsvDatasets.NameOf(kind);
        var actor = CurrentUser.ActorOf(http);
        return TypedResults.Stream(
            async body =>
            {
                var rows = await writer.WriteAsync(body, session, kind, http.RequestAborted);
                var export = new ExportRecord("csv", name, rows);
                await ExportAudit.RecordAsync(db, actor, id, export, http.RequestAborted);
            },
            CsvExportWriter.ContentType,
            session.FileName(name, "csv"));
    }
}
