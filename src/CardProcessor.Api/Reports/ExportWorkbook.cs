using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Reports;
using CardProcessor.Reports.Excel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CardProcessor.Api.Reports;

internal static class ExportWorkbook
{
    /// <summary>
    /// Builds the workbook in a temporary file (a zip package is written in one go, and the audit row
    /// must exist before the file leaves), records the export, then sends the file.
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        ExcelWorkbookWriter writer,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var session = await ReportSession.FindAsync(db, id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        var file = new FileStream(
            Path.GetTempFileName(),
            FileMode.Create,
            FileAccess.ReadWrite,
            FileShare.None,
            64 * 1024,
            FileOptions.DeleteOnClose);
        http.Response.RegisterForDisposeAsync(file);
        var rows = await writer.WriteAsync(file, session, cancellationToken);
        var export = new ExportRecord("xlsx", "workbook", rows);
        await ExportAudit.RecordAsync(db, CurrentUser.ActorOf(http), id, export, cancellationToken);
        file.Position = 0;
        return TypedResults.File(file, ExcelWorkbookWriter.ContentType, session.FileName("workbook", "xlsx"));
    }
}
