using System.Diagnostics;
using System.Globalization;
using CardProcessor.Data;
using CsvHelper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CardProcessor.Reports.Csv;

/// <summary>
/// Writes one CSV dataset of a session, row by row from the database cursor to the output: memory
/// stays flat however many rows there are. UTF-8 without a byte-order mark (the ERP import reads the
/// first header name literally), invariant culture, ISO dates, RFC 4180 quoting by CsvHelper.
/// </summary>
public sealed partial class CsvExportWriter(
    CardProcessorDbContext db, IOptions<ReportsOptions> options, ILogger<CsvExportWriter> logger)
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// CsvHelper neutralises text fields that start with = + - @, tab or CR (OWASP's list, the same as
    /// <see cref="SpreadsheetText"/>) with a leading apostrophe, and leaves numbers alone: a credit
    /// stays -6.44.
    /// </summary>
    private static readonly CsvWriterOptions s_options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
        NewLine = "\r\n",
    };

    /// <summary>
    /// Writes <paramref name="dataset"/> to <paramref name="output"/>; returns the data rows written.
    /// </summary>
    public async Task<long> WriteAsync(
        Stream output, ReportSession session, CsvDataset dataset, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = dataset switch
        {
            CsvDataset.ErpImport => await WriteRowsAsync(
                output, ErpImportRows.Query(db, session, options.Value, cancellationToken), cancellationToken),
            CsvDataset.Transactions => await WriteRowsAsync(
                output, TransactionCsvRows.Query(db, session, cancellationToken), cancellationToken),
            CsvDataset.Receipts => await WriteRowsAsync(
                output, ReceiptCsvRows.Query(db, session, cancellationToken), cancellationToken),
            CsvDataset.Issues => await WriteRowsAsync(
                output, IssueCsvRows.Query(db, session, cancellationToken), cancellationToken),
            CsvDataset.Employees => await WriteRowsAsync(
                output, EmployeeCsvRows.Query(db, session, cancellationToken), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, null),
        };
        LogWritten(logger, dataset, session.Id, rows, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return rows;
    }

    private static async Task<long> WriteRowsAsync<TRow>(
        Stream output, IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, s_options, leaveOpen: true);
        // The header goes out even when there are no rows, so an empty export still names its columns.
        csv.WriteHeader<TRow>();
        // Flushes asynchronously whenever its buffer is mostly full: the response body refuses synchronous writes.
        await csv.WriteRecordsAsync(rows, cancellationToken);
        await csv.FlushAsync(cancellationToken);
        return csv.RecordCount - 1;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Wrote the {Dataset} CSV of session {SessionId}: {Rows} rows in {ElapsedMilliseconds} ms")]
    private static partial void LogWritten(
        ILogger logger, CsvDataset dataset, Guid sessionId, long rows, long elapsedMilliseconds);
}
