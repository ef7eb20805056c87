using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Employees;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Reports.Benchmarks;

/// <summary>
/// A session shaped like a large month of a fleet card program: one card per 50 transactions, 60% of
/// them people's (with receipts for 90% of their charges, most coded, some not) and 40% vehicles',
/// one line item per transaction and a second on every fourth, and the issues those gaps raise. The
/// people, cards and statement sections go in through EF Core; the bulk rows by binary COPY.
/// </summary>
internal static class BulkSessionSeeder
{
    private const int TransactionsPerCard = 50;

    public static async Task<Guid> SeedAsync(string connectionString, int transactions, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var month = new DateOnly(2025, 3, 1);
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(), Name = $"Bench {transactions:N0}", PeriodStart = month,
                PeriodEnd = month.AddMonths(1).AddDays(-1),
            CreatedBy = "bench", CreatedAt = now, UpdatedAt = now,
        };
        var statement = Document(session, SourceDocumentKind.Statement, now);
        var receiptReport = Document(session, SourceDocumentKind.ReceiptReport, now);
        // In Review with both documents extracted, the way a worker leaves a session.
        session.Documents.AddRange([statement, receiptReport]);
        session.StartProcessing(now);
        foreach (var document in session.Documents)
        {
            document.StartExtracting();
            document.CompleteExtraction(document.Layout, document.PageCount, [], now);
        }

        session.CompleteProcessing(anyDocumentExtracted: true, now);

        var cardCount = Math.Max(1, transactions / TransactionsPerCard);
        var owners = new List<(Card Card, Employee? Employee, string Name)>();
        await using (var db = BenchDatabase.Context(connectionString))
        {
            db.AddRange(session, statement, receiptReport);
            for (var c = 0; c < cardCount; c++)
            {
                var person = c % 5 < 3;
                var name = person ? $"{BenchNames.First(c)} {BenchNames.Last(c / 7)}" : $"{100 + c}VEHICLE UNIT";
                var holder = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                var last4 = (1000 + (c * 7919 % 9000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var employee = person
                    ? new Employee { Id = Guid.CreateVersion7(), NormalizedName = $"{holder}{c}",
                        EmployeeNumber = $"{(seed * 1_000_000) + c}", CreatedAt = now }
                    : null;
                var card = new Card
                {
                    Id = Guid.CreateVersion7(), CardKey = $"{last4}:{holder}:{session.Id:N}:{c}", Last4 = last4,
                        HolderName = holder, IsVehicle = !person,
                    MaskedNumber = $"556735xxxxxx{last4}", EmployeeId = employee?.Id, CreatedAt = now,
                };
                db.Cards.Add(card);
                if (employee is not null)
                {
                    db.Employees.Add(employee);
                    db.EmployeeRevisions.Add(new EmployeeRevision
                    {
                        Id = Guid.CreateVersion7(), EmployeeId = employee.Id, RevisionNumber = 1, Actor = "bench",
                            CreatedAt = now, SessionId = session.Id,
                        Snapshot = new EmployeeSnapshot { Name = holder, DisplayName = name,
                            EmployeeNumber = employee.EmployeeNumber, CardLast4 = [last4] },
                    });
                }

                db.StatementCards.Add(new StatementCard
                {
                    Id = Guid.CreateVersion7(), SessionId = session.Id, DocumentId = statement.Id, CardId = card.Id,
                        EmployeeId = employee?.Id,
                    HolderName = holder, EmployeeNumber = employee?.EmployeeNumber ?? $"{100 + c}", Pages = [c + 1],
                        Sequence = c,
                });
                owners.Add((card, employee, name));
            }

            await db.SaveChangesAsync();
            foreach (var employee in owners.Select(o => o.Employee).OfType<Employee>())
            {
                employee.CurrentRevisionId = db.EmployeeRevisions.Local.Single(r => r.EmployeeId == employee.Id).Id;
            }

            await db.SaveChangesAsync();
        }

        var charges = Enumerable.Range(0, transactions).Select(i =>
        {
            var (card, employee, name) = owners[i % cardCount];
            // About 3% credits, which must come out of every report as negative numbers.
            var amount = Math.Round((decimal)(random.NextDouble() * 480 + 5), 2) * (random.Next(100) < 3 ? -1 : 1);
            return new SeededCharge(Guid.CreateVersion7(), card.Id, employee?.Id, name, i,
                month.AddDays(random.Next(28)),
                (100_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    BenchNames.Merchant(random.Next(40)), BenchNames.Group(random.Next(11)), amount);
        }).ToList();

        await BulkRows.CopyAsync(connectionString, session.Id, statement.Id, receiptReport.Id, charges, random, now);
        return session.Id;
    }

    private static SourceDocument Document(ProcessingSession session, SourceDocumentKind kind, DateTimeOffset now) =>
        new()
    {
        Id = Guid.CreateVersion7(), SessionId = session.Id, Kind = kind, FileName = $"bench-{kind}.pdf",
            Sha256 = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(kind.ToString()))),
        BlobName = $"bench/{Guid.NewGuid():N}.pdf", UploadedBy = "bench", UploadedAt = now,
    };
}
