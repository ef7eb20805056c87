using CardProcessor.Data;
using CardProcessor.Data.Employees;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Persistence;

public sealed class ExtractionWriterTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Writing_the_same_documents_twice_leaves_one_copy_of_every_row()
    {
        var (sessionId, statementId, receiptReportId) = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(statementId, ExtractedFixtures.Statement);
        await fixture.WriteAsync(receiptReportId, ExtractedFixtures.Receipts);
        var once = await CountRowsAsync(sessionId);

        await fixture.WriteAsync(statementId, ExtractedFixtures.Statement);
        await fixture.WriteAsync(receiptReportId, ExtractedFixtures.Receipts);

        Assert.Equal(once, await CountRowsAsync(sessionId));
        Assert.Equal(ExtractedFixtures.Statement.Cardholders.Sum(c => c.Transactions.Count), once.Transactions);
        Assert.Equal(ExtractedFixtures.Statement.Cardholders.Count, once.StatementCards);
        Assert.Equal(ExtractedFixtures.Receipts.Receipts.Count, once.Receipts);
    }

    [Fact]
    public async Task A_later_session_changing_an_employees_details_adds_a_revision_and_leaves_the_earlier_ones()
    {
        var first = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(first.StatementId, ExtractedFixtures.Statement);
        await fixture.WriteAsync(first.ReceiptReportId, ExtractedFixtures.Receipts);
        var maria = await EmployeeAsync("MARIADOE");
        var david = await EmployeeAsync("DAVIDMORALES");
        var employees = await CountAsync(db => db.Employees);

        // Maria's card was replaced; nothing about David changed.
        var later = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(later.StatementId, ExtractedFixtures.Statement with
        {
            Cardholders = [
                .. ExtractedFixtures.Statement.Cardholders.Select(
                    c => c.Name == "MARIADOE" ? c with { CardLast4 = "0999", CardNumber = "556735xxxxxx0999" } : c)],
        });
        await fixture.WriteAsync(later.ReceiptReportId, ExtractedFixtures.Receipts);

        var mariaNow = await EmployeeAsync("MARIADOE");
        Assert.Equal(maria.Revisions.Count + 1, mariaNow.Revisions.Count);
        Assert.All(
            maria.Revisions,
            before => Assert.True(
                EmployeeSnapshots.AreEqual(
                    before.Snapshot,
                    mariaNow.Revisions.Single(r => r.Id == before.Id).Snapshot)));
        var added = mariaNow.Revisions[^1];
        Assert.Equal(mariaNow.CurrentRevisionId, added.Id);
        Assert.Equal(
            (RevisionSource.Extraction, ExtractionWriter.WorkerActor, later.SessionId),
            (added.Source, added.Actor, added.SessionId));
        Assert.Equal(["0999", "4306"], added.Snapshot.CardLast4);
        Assert.Equal(maria.Revisions[^1].Snapshot with { CardLast4 = added.Snapshot.CardLast4 }, added.Snapshot);

        var davidNow = await EmployeeAsync("DAVIDMORALES");
        Assert.Equal(david.Revisions.Select(r => r.Id), davidNow.Revisions.Select(r => r.Id));
        Assert.Equal(david.CurrentRevisionId, davidNow.CurrentRevisionId);
        Assert.Equal(employees, await CountAsync(db => db.Employees));
    }

    private async Task<Employee> EmployeeAsync(string normalizedName)
    {
        await using var db = fixture.Database.CreateContext();
        var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.NormalizedName == normalizedName);
        employee.Revisions.AddRange(
            await db.EmployeeRevisions.AsNoTracking()
                .Where(r => r.EmployeeId == employee.Id)
                .OrderBy(r => r.RevisionNumber)
                .ToListAsync());
        return employee;
    }

    private async Task<RowCounts> CountRowsAsync(Guid sessionId) => new(
        await CountAsync(db => db.Transactions.Where(t => t.SessionId == sessionId)),
        await CountAsync(db => db.Transactions.Where(t => t.SessionId == sessionId).SelectMany(t => t.LineItems)),
        await CountAsync(db => db.StatementCards.Where(c => c.SessionId == sessionId)),
        await CountAsync(db => db.Receipts.Where(r => r.SessionId == sessionId)),
        await CountAsync(db => db.Cards),
        await CountAsync(db => db.Employees),
        await CountAsync(db => db.EmployeeRevisions));

    private async Task<int> CountAsync<T>(Func<CardProcessorDbContext, IQueryable<T>> rows)
    {
        await using var db = fixture.Database.CreateContext();
        return await rows(db).CountAsync();
    }

    private sealed record RowCounts(
        int Transactions,
        int LineItems,
        int StatementCards,
        int Receipts,
        int Cards,
        int Employees,
        int Revisions);
}
