using System.Diagnostics;
using CardProcessor.Data;
using Microsoft.Extensions.Logging;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// The month-end workbook: Summary, Receipt Issue Details, Transactions, Line Items, Receipts and
/// Issues sheets, with real numbers and dates, frozen headers, autofilters and fitted widths.
/// </summary>
public sealed partial class ExcelWorkbookWriter(CardProcessorDbContext db, ILogger<ExcelWorkbookWriter> logger)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>; returns the data rows written over all sheets.
    /// </summary>
    public async Task<long> WriteAsync(Stream output, ReportSession session, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var data = await WorkbookData.LoadAsync(db, session, cancellationToken);
        IReadOnlyList<IWorkbookSheet> sheets =
        [
            SummarySheet.Create(data),
            await ReceiptIssueDetailsSheet.LoadAsync(db, data, cancellationToken),
            TransactionsSheet.Create(data),
            await LineItemsSheet.LoadAsync(db, data, cancellationToken),
            ReceiptsSheet.Create(data),
            await IssuesSheet.LoadAsync(db, data, cancellationToken),
        ];

        using var skeleton = new MemoryStream();
        WorkbookSkeleton.Write(skeleton, sheets);
        skeleton.Position = 0;
        WorkbookRows.Write(skeleton, output, sheets);
        var rows = sheets.Sum(s => (long)s.RowCount);
        LogWritten(logger, session.Id, rows, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return rows;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Wrote the workbook of session {SessionId}: {Rows} rows in {ElapsedMilliseconds} ms")]
    private static partial void LogWritten(ILogger logger, Guid sessionId, long rows, long elapsedMilliseconds);
}
