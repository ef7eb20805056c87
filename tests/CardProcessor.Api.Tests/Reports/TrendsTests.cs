using System.Net;
using System.Text.Json;
using CardProcessor.Data;
using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using CardProcessor.Data.Transactions;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class TrendsTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task Trends_give_monthly_totals_and_counts_per_group_counting_a_re_run_month_once()
    {
        await using (var db = reports.Api.Database.CreateContext())
        {
            var card = new Card { Id = Guid.CreateVersion7(), CardKey = $"0001:TRENDS{Guid.NewGuid():N}",
                Last4 = "0001", HolderName = "TRENDS UNIT", IsVehicle = true, CreatedAt = DateTimeOffset.UtcNow };
            db.Cards.Add(card);
            var replaced = AddSession(db, card, 2030, 1, SessionStatus.Approved, null, ("FUEL", 999m));
            AddSession(db, card, 2030, 1, SessionStatus.Review, replaced, ("FUEL", 10m), ("FUEL", 5m),
                ("HOTELS", 100m));
            AddSession(db, card, 2030, 2, SessionStatus.Approved, null, ("FUEL", 20m), ("HOTELS", -7.5m));
            AddSession(db, card, 2030, 3, SessionStatus.Draft, null, ("FUEL", 1000m));
            AddSession(db, card, 2031, 1, SessionStatus.Approved, null, ("FUEL", 1000m));
            await db.SaveChangesAsync();
        }

        var trends = await _reader.GetJsonAsync(
            "/api/v1/analytics/trends?from=2030-01-01&to=2030-12-31&groupBy=merchantGroup");
        var categories = await _reader.GetJsonAsync(
            "/api/v1/analytics/trends?from=2030-01-01&to=2030-12-31&groupBy=category");
        var employees = await _reader.GetJsonAsync(
            "/api/v1/analytics/trends?from=2030-01-01&to=2030-12-31&groupBy=employee");

        Assert.Equal(["2030-01", "2030-02"], trends.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal([(2, 15m), (1, 20m)], Points(trends, "FUEL"));
        Assert.Equal([(1, 100m), (1, -7.5m)], Points(trends, "HOTELS"));
        Assert.Equal([(3, 115m), (2, 12.5m)], Points(categories, "Fuel"));
        Assert.Equal([(3, 115m), (2, 12.5m)], Points(employees, "card:TRENDS UNIT"));
    }

    [Fact]
    public async Task Trends_refuse_an_unknown_grouping_and_a_range_that_ends_before_it_starts()
    {
        using var grouping = await _reader.GetAsync("/api/v1/analytics/trends?groupBy=weather");
        using var range = await _reader.GetAsync(
            "/api/v1/analytics/trends?groupBy=employee&from=2030-02-01&to=2030-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, grouping.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, range.StatusCode);
        Assert.Equal("application/problem+json", range.Content.Headers.ContentType?.MediaType);
    }

    private static List<(int Count, decimal Total)> Points(JsonElement trends, string key) =>
        trends.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key)
            .GetProperty("points").EnumerateArray()
                .Select(p => (p.GetProperty("count").GetInt32(), p.GetProperty("total").GetDecimal())).ToList();

    /// <summary>A session with one charge and one matching "Fuel" receipt per amount.</summary>
    private static Guid AddSession(CardProcessorDbContext db, Card card, int year, int month, SessionStatus status,
        Guid? parent, params (string Group, decimal Amount)[] charges)
    {
        var start = new DateOnly(year, month, 1);
        var now = DateTimeOffset.UtcNow;
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(), Name = $"Trends {start:yyyy-MM}", PeriodStart = start,
                PeriodEnd = start.AddMonths(1).AddDays(-1),
            ParentSessionId = parent, CreatedBy = "tests", CreatedAt = now, UpdatedAt = now,
        };
        var document = new SourceDocument
        {
            Id = Guid.CreateVersion7(), SessionId = session.Id, Kind = SourceDocumentKind.Statement,
                FileName = "trends.pdf", Sha256 = Guid.NewGuid().ToString("N"),
            BlobName = $"trends/{Guid.NewGuid():N}.pdf", UploadedBy = "tests", UploadedAt = now,
        };
        session.Reach(status, now, document);
        db.AddRange(session, document);
        foreach (var (charge, index) in charges.Select((c, i) => (c, i)))
        {
            db.Transactions.Add(new CardTransaction
            {
                Id = Guid.CreateVersion7(), SessionId = session.Id, DocumentId = document.Id, Page = 1,
                    Sequence = index, CardId = card.Id,
                TransactionDate = start.AddDays(index), Merchant = "TRENDS", MerchantGroup = charge.Group,
                    Amount = charge.Amount,
            });
            db.Receipts.Add(new Receipt
            {
                Id = Guid.CreateVersion7(), SessionId = session.Id, DocumentId = document.Id, Page = index + 1,
                    Sequence = index, EmployeeName = "TRENDS",
                ExpenseType = "Fuel", Date = start.AddDays(index), Amount = charge.Amount,
            });
        }

        return session.Id;
    }
}
