using Npgsql;
using NpgsqlTypes;

namespace CardProcessor.Reports.Benchmarks;

/// <summary>
/// The receipt side of a bench session by binary COPY: receipts paying the charges, and the issues of those that are
/// missing or uncoded.
/// </summary>
internal static class BulkReceiptRows
{
    public static async Task CopyReceiptsAsync(
        NpgsqlConnection connection,
        Guid sessionId,
        Guid documentId,
        IReadOnlyList<(Guid Id, SeededCharge Charge, string? Coding)> receipts)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY receipts (id, session_id, document_id, page, sequence, employee_id, card_id, employee_name, "
            + "expense_type, date, expense_transaction_id, title, amount, purpose, merchant, merchant_address, "
            + "coding_type, job, job_name, phase, phase_name, cost_type, gl_account, gl_description, "
            + "has_attachment, matched_transaction_id, match_status) FROM STDIN (FORMAT BINARY)");
        var sequence = 0;
        foreach (var (id, c, coding) in receipts)
        {
            var job = coding == "Job";
            await copy.StartRowAsync();
            await copy.WriteAsync(id, NpgsqlDbType.Uuid);
            await copy.WriteAsync(sessionId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(documentId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(sequence + 1, NpgsqlDbType.Integer);
            await copy.WriteAsync(sequence++, NpgsqlDbType.Integer);
            await copy.WriteAsync(c.EmployeeId!.Value, NpgsqlDbType.Uuid);
            await copy.WriteAsync(c.CardId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(c.EmployeeName, NpgsqlDbType.Varchar);
            await copy.WriteAsync("Fuel", NpgsqlDbType.Varchar);
            await copy.WriteAsync(c.Date, NpgsqlDbType.Date);
            await copy.WriteAsync(
                (10_000_000 + c.Sequence).ToString(System.Globalization.CultureInfo.InvariantCulture),
                NpgsqlDbType.Varchar);
            await copy.WriteAsync($"Fuel - {c.Merchant}", NpgsqlDbType.Varchar);
            await copy.WriteAsync(c.Amount, NpgsqlDbType.Numeric);
            await copy.WriteAsync("Jobsite fuel, crew truck", NpgsqlDbType.Varchar);
            await copy.WriteAsync(c.Merchant, NpgsqlDbType.Varchar);
            await copy.WriteAsync("MONTGOMERY TX", NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, coding, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, job ? "21045" : null, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, job ? "PLANT TURNAROUND" : null, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, job ? "100.01" : null, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, job ? "LABOR" : null, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, job ? "2" : null, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(copy, coding == "GL" ? "6450.00" : null, NpgsqlDbType.Varchar);
            await BulkRows.WriteNullableAsync(
                copy,
                coding == "GL" ? "Repairs & Maintenance" : null,
                NpgsqlDbType.Varchar);
            await copy.WriteAsync(true, NpgsqlDbType.Boolean);
            await copy.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await copy.WriteAsync("Matched", NpgsqlDbType.Varchar);
        }

        await copy.CompleteAsync();
    }

    public static async Task CopyIssuesAsync(
        NpgsqlConnection connection,
        Guid sessionId,
        IReadOnlyList<(Guid ReceiptId, SeededCharge Charge)> uncoded,
        IReadOnlyList<SeededCharge> missing,
        DateTimeOffset now)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY validation_issues (id, session_id, rule_code, severity, status, fingerprint, message, "
            + "transaction_id, transaction_reference, receipt_id, card_id, employee_id, created_at, "
            + "updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var (receiptId, c) in uncoded)
        {
            await WriteIssueAsync(
                copy,
                sessionId,
                "missing-coding",
                $"receipt:{receiptId}",
                $"{c.EmployeeName}: receipt of ${c.Amount} has no Job or GL coding.",
                c,
                receiptId,
                now);
        }

        foreach (var c in missing)
        {
            await WriteIssueAsync(
                copy,
                sessionId,
                "charge-without-receipt",
                $"transaction:{c.Id}",
                $"{c.EmployeeName}: charge {c.Reference} of ${c.Amount} at {c.Merchant} has no receipt.",
                c,
                null,
                now);
        }

        await copy.CompleteAsync();
    }

    private static async Task WriteIssueAsync(
        NpgsqlBinaryImporter copy,
        Guid sessionId,
        string rule,
        string fingerprint,
        string message,
        SeededCharge charge,
        Guid? receiptId,
        DateTimeOffset now)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
        await copy.WriteAsync(sessionId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(rule, NpgsqlDbType.Varchar);
        await copy.WriteAsync("Warning", NpgsqlDbType.Varchar);
        await copy.WriteAsync("Open", NpgsqlDbType.Varchar);
        await copy.WriteAsync(fingerprint, NpgsqlDbType.Varchar);
        await copy.WriteAsync(message, NpgsqlDbType.Varchar);
        await BulkRows.WriteNullableAsync(copy, receiptId is null ? charge.Id : (Guid?)null, NpgsqlDbType.Uuid);
        await BulkRows.WriteNullableAsync(copy, receiptId is null ? charge.Reference : null, NpgsqlDbType.Varchar);
        await BulkRows.WriteNullableAsync(copy, receiptId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(charge.CardId, NpgsqlDbType.Uuid);
        await BulkRows.WriteNullableAsync(copy, charge.EmployeeId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
    }
}
