using Npgsql;
using NpgsqlTypes;

namespace CardProcessor.Reports.Benchmarks;

/// <summary>The bulk of a bench session by binary COPY: transactions, line items, receipts and issues.</summary>
internal static class BulkRows
{
    public static async Task CopyAsync(
        string connectionString,
        Guid sessionId,
        Guid statementId,
        Guid receiptReportId,
        IReadOnlyList<SeededCharge> charges,
        Random random,
        DateTimeOffset now)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await CopyTransactionsAsync(connection, sessionId, statementId, charges);
        await CopyLineItemsAsync(connection, charges);

        // People's charges: 90% have a receipt (70% job-coded, 25% GL-coded, 5% uncoded), the rest raise
        // charge-without-receipt.
        var receipts = new List<(Guid Id, SeededCharge Charge, string? Coding)>();
        var missing = new List<SeededCharge>();
        foreach (var charge in charges.Where(c => c.EmployeeId is not null && c.Amount > 0))
        {
            var roll = random.Next(100);
            if (roll < 10)
            {
                missing.Add(charge);
            }
            else
            {
                receipts.Add(
                    (
                        Guid.CreateVersion7(),
                        charge,
                        roll < 80 ? "Job"
                        : roll < 95 ? "GL"
                        : null));
            }
        }

        await BulkReceiptRows.CopyReceiptsAsync(connection, sessionId, receiptReportId, receipts);
        await BulkReceiptRows.CopyIssuesAsync(
            connection,
            sessionId,
            receipts.Where(r => r.Coding is null).Select(r => (r.Id, r.Charge)).ToList(),
            missing,
            now);
    }

    private static async Task CopyTransactionsAsync(
        NpgsqlConnection connection,
        Guid sessionId,
        Guid documentId,
        IReadOnlyList<SeededCharge> charges)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY transactions (id, session_id, document_id, page, sequence, card_id, employee_id, "
            + "transaction_date, posting_date, reference, merchant, city, state, amount, level, "
            + "merchant_group) FROM STDIN (FORMAT BINARY)");
        foreach (var c in charges)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(c.Id, NpgsqlDbType.Uuid);
            await copy.WriteAsync(sessionId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(documentId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(1 + (c.Sequence / 12), NpgsqlDbType.Integer);
            await copy.WriteAsync(c.Sequence, NpgsqlDbType.Integer);
            await copy.WriteAsync(c.CardId, NpgsqlDbType.Uuid);
            await WriteNullableAsync(copy, c.EmployeeId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(c.Date, NpgsqlDbType.Date);
            await copy.WriteAsync(c.Date.AddDays(2), NpgsqlDbType.Date);
            await copy.WriteAsync(c.Reference, NpgsqlDbType.Varchar);
            await copy.WriteAsync(c.Merchant, NpgsqlDbType.Varchar);
            await copy.WriteAsync("MONTGOMERY", NpgsqlDbType.Varchar);
            await copy.WriteAsync("TX", NpgsqlDbType.Varchar);
            await copy.WriteAsync(c.Amount, NpgsqlDbType.Numeric);
            await copy.WriteAsync("F", NpgsqlDbType.Varchar);
            await copy.WriteAsync(c.Group, NpgsqlDbType.Varchar);
        }

        await copy.CompleteAsync();
    }

    private static async Task CopyLineItemsAsync(NpgsqlConnection connection, IReadOnlyList<SeededCharge> charges)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY transaction_line_items (id, transaction_id, line_number, description, unit_price, quantity, "
            + "gross, discount, net) FROM STDIN (FORMAT BINARY)");
        foreach (var c in charges)
        {
            // Every fourth transaction carries a fuel adjustment line as well.
            var adjustment = c.Sequence % 4 == 0 ? 0.81m : 0m;
            await WriteLineAsync(
                copy,
                c.Id,
                1,
                "UNL REG 86/87 OC",
                3.42368m,
                Math.Round((c.Amount + adjustment) / 3.42368m, 4),
                c.Amount + adjustment);
            if (adjustment != 0)
            {
                await WriteLineAsync(copy, c.Id, 2, "FUEL ADJUSTMENT", 3.35830m, -0.24m, -adjustment);
            }
        }

        await copy.CompleteAsync();
    }

    private static async Task WriteLineAsync(
        NpgsqlBinaryImporter copy,
        Guid transactionId,
        int line,
        string description,
        decimal unitPrice,
        decimal quantity,
        decimal net)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
        await copy.WriteAsync(transactionId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(line, NpgsqlDbType.Integer);
        await copy.WriteAsync(description, NpgsqlDbType.Varchar);
        await copy.WriteAsync(unitPrice, NpgsqlDbType.Numeric);
        await copy.WriteAsync(quantity, NpgsqlDbType.Numeric);
        await copy.WriteAsync(net, NpgsqlDbType.Numeric);
        await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
        await copy.WriteAsync(net, NpgsqlDbType.Numeric);
    }

    internal static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            await copy.WriteAsync(present, type);
        }
        else
        {
            await copy.WriteNullAsync();
        }
    }

    internal static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(value, type);
        }
    }
}
