using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using Npgsql;
using NpgsqlTypes;

namespace CardProcessor.LoadBench;

/// <summary>
/// Writes month-end volume with binary COPY (one stream per table), shaped like the pipeline's rows:
/// a statement and a receipt report per session, cards reused month over month, receipts matched to
/// charges, and issues of every status. Enum columns use the Data enums' names, as EF stores them.
/// </summary>
public sealed class MonthEndSeeder(NpgsqlConnection connection, SeedShape shape)
{
    private const string Seeder = "load-bench";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly string[] Merchants = ["SHELL OIL", "HOME DEPOT", "DELTA AIR", "MARRIOTT", "AMAZON MKTP"];
    private static readonly string[] RuleCodes = ["receipt-missing", "amount-mismatch", "duplicate-charge"];

    private readonly int cardPool = shape.CardsPerSession * 12;
    private readonly Guid[] sessionIds = NewIds(shape.Sessions);
    private readonly Guid[] statementIds = NewIds(shape.Sessions);
    private readonly Guid[] receiptReportIds = NewIds(shape.Sessions);
    private Guid[] cardIds = [];
    private Guid[] employeeIds = [];

    public async Task<SeedCounts> SeedAsync()
    {
        cardIds = NewIds(cardPool);
        employeeIds = NewIds(cardPool);
        await CopyAsync("processing_sessions (id, name, period_start, period_end, status, created_by, created_at, " +
            "updated_at, processing_started_at, processing_completed_at)", WriteSessionsAsync);
        await CopyAsync("documents (id, session_id, kind, file_name, size, sha256, blob_name, page_count, " +
            "pages_done, pages_by_document_intelligence, status, attempts, uploaded_by, uploaded_at)",
            WriteDocumentsAsync);
        await CopyAsync("employees (id, employee_number, normalized_name, created_at)", WriteEmployeesAsync);
        await CopyAsync("cards (id, card_key, masked_number, last4, holder_name, is_vehicle, employee_id, created_at)",
            WriteCardsAsync);
        var transactions = await CopyAsync("transactions (id, session_id, document_id, page, sequence, card_id, " +
            "employee_id, transaction_date, reference, merchant, amount)", WriteTransactionsAsync);
        var receipts = await CopyAsync("receipts (id, session_id, document_id, page, sequence, employee_id, card_id, " +
            "employee_name, date, amount, merchant, matched_transaction_id, match_status, match_score)",
            WriteReceiptsAsync);
        var issues = await CopyAsync("validation_issues (id, session_id, rule_code, severity, status, fingerprint, " +
            "message, transaction_id, card_id, created_at, updated_at)", WriteIssuesAsync);
        return new SeedCounts(shape.Sessions, transactions, receipts, issues);
    }

    private async Task<long> CopyAsync(string target, Func<NpgsqlBinaryImporter, Task<long>> write)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)");
        var rows = await write(importer);
        await importer.CompleteAsync();
        return rows;
    }

    private async Task<long> WriteSessionsAsync(NpgsqlBinaryImporter copy)
    {
        for (var s = 0; s < shape.Sessions; s++)
        {
            var (start, end) = Period(s);
            var status = s % 5 == 0 ? SessionStatus.Approved : SessionStatus.Review;
            await copy.WriteRowAsync(default, sessionIds[s], $"Bench {start:yyyy-MM} #{s}", start, end,
                status.ToString(), Seeder, Now, Now, Now, Now);
        }

        return shape.Sessions;
    }

    private async Task<long> WriteDocumentsAsync(NpgsqlBinaryImporter copy)
    {
        for (var s = 0; s < shape.Sessions; s++)
        {
            foreach (var (id, kind) in new[] { (statementIds[s], SourceDocumentKind.Statement),
                         (receiptReportIds[s], SourceDocumentKind.ReceiptReport) })
            {
                var pages = shape.TransactionsPerSession / 8 + 1;
                await copy.WriteRowAsync(default, id, sessionIds[s], kind.ToString(), $"{kind}-{s}.pdf",
                    pages * 40_000L, id.ToString("N") + id.ToString("N"), $"sessions/{sessionIds[s]}/{id}.pdf",
                    pages, pages, 0, DocumentStatus.Extracted.ToString(), 1, Seeder, Now);
            }
        }

        return shape.Sessions * 2L;
    }

    private async Task<long> WriteEmployeesAsync(NpgsqlBinaryImporter copy)
    {
        for (var e = 0; e < cardPool; e++)
        {
            await copy.WriteRowAsync(default, employeeIds[e], $"E{e:D6}", $"EMPLOYEE {e}", Now);
        }

        return cardPool;
    }

    private async Task<long> WriteCardsAsync(NpgsqlBinaryImporter copy)
    {
        for (var c = 0; c < cardPool; c++)
        {
            var last4 = (c % 10_000).ToString("D4");
            await copy.WriteRowAsync(default, cardIds[c], $"bench|{c}", $"XXXX-XXXX-XXXX-{last4}", last4,
                $"EMPLOYEE {c}", c % 25 == 0, employeeIds[c], Now);
        }

        return cardPool;
    }

    private async Task<long> WriteTransactionsAsync(NpgsqlBinaryImporter copy)
    {
        for (var s = 0; s < shape.Sessions; s++)
        {
            var (start, _) = Period(s);
            for (var t = 0; t < shape.TransactionsPerSession; t++)
            {
                var card = CardOf(s, t);
                await copy.StartRowAsync();
                await copy.WriteAsync(TransactionId(s, t), NpgsqlDbType.Uuid);
                await copy.WriteAsync(sessionIds[s], NpgsqlDbType.Uuid);
                await copy.WriteAsync(statementIds[s], NpgsqlDbType.Uuid);
                await copy.WriteAsync(t / 8 + 1, NpgsqlDbType.Integer);
                await copy.WriteAsync(t, NpgsqlDbType.Integer);
                await copy.WriteAsync(cardIds[card], NpgsqlDbType.Uuid);
                await copy.WriteAsync(employeeIds[card], NpgsqlDbType.Uuid);
                await copy.WriteAsync(start.AddDays(t % 28), NpgsqlDbType.Date);
                await copy.WriteAsync($"R{s:D4}{t:D6}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(Merchants[t % Merchants.Length], NpgsqlDbType.Varchar);
                await copy.WriteAsync(Amount(s, t), NpgsqlDbType.Numeric);
            }
        }

        return (long)shape.Sessions * shape.TransactionsPerSession;
    }

    private async Task<long> WriteReceiptsAsync(NpgsqlBinaryImporter copy)
    {
        for (var s = 0; s < shape.Sessions; s++)
        {
            var (start, _) = Period(s);
            for (var r = 0; r < shape.ReceiptsPerSession; r++)
            {
                // Every other charge has a receipt; one in ten receipts finds no charge (yet).
                var t = r * 2;
                var matched = r % 10 != 0;
                var card = CardOf(s, t);
                await copy.WriteRowAsync(default, Guid.CreateVersion7(), sessionIds[s], receiptReportIds[s],
                    r / 4 + 1, r,
                    employeeIds[card], cardIds[card], $"EMPLOYEE {card}", start.AddDays(t % 28), Amount(s, t),
                    Merchants[t % Merchants.Length], matched ? TransactionId(s, t) : null,
                    (matched ? MatchStatus.Matched : MatchStatus.Unmatched).ToString(), matched ? 0.95m : null);
            }
        }

        return (long)shape.Sessions * shape.ReceiptsPerSession;
    }

    private async Task<long> WriteIssuesAsync(NpgsqlBinaryImporter copy)
    {
        IssueStatus[] statuses = [IssueStatus.Open, IssueStatus.Open, IssueStatus.Resolved, IssueStatus.Waived];
        for (var s = 0; s < shape.Sessions; s++)
        {
            for (var i = 0; i < shape.IssuesPerSession; i++)
            {
                var t = i * 5 + 1;
                var rule = RuleCodes[i % RuleCodes.Length];
                var severity = i % 3 == 0 ? IssueSeverity.Error : IssueSeverity.Warning;
                await copy.WriteRowAsync(default, Guid.CreateVersion7(), sessionIds[s], rule, severity.ToString(),
                    statuses[i % statuses.Length].ToString(), $"{rule}:{t}", $"Bench issue on charge {t}",
                    TransactionId(s, t), cardIds[CardOf(s, t)], Now, Now);
            }
        }

        return (long)shape.Sessions * shape.IssuesPerSession;
    }

    private int CardOf(int session, int transaction) =>
        (session * shape.CardsPerSession + transaction % shape.CardsPerSession) % cardPool;

    // Deterministic, so receipts and issues can point at charges without holding a million ids.
    private Guid TransactionId(int session, int transaction)
    {
        Span<byte> bytes = stackalloc byte[16];
        sessionIds[session].TryWriteBytes(bytes);
        BitConverter.TryWriteBytes(bytes[12..], transaction);
        return new Guid(bytes);
    }

    private static decimal Amount(int session, int transaction) =>
        (session * 7919 + transaction * 104_729) % 50_000 / 100m + 1m;

    private static (DateOnly Start, DateOnly End) Period(int session)
    {
        var start = new DateOnly(2020, 1, 1).AddMonths(session % 72);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    private static Guid[] NewIds(int count) => Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
}
