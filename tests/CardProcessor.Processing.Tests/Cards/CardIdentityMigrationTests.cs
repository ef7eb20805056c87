using CardProcessor.Data;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CardProcessor.Processing.Tests.Cards;

/// <summary>
/// The migration to card identities beyond the masked number keeps the cards stored before it:
/// their rows, owners and keys carry over, and the next statement finds them again.
/// </summary>
public sealed class CardIdentityMigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string MigrationBefore = "20261124160908_AuditLogAppendOnly";

    [Fact]
    public async Task Cards_stored_before_the_migration_keep_their_rows_and_owners_and_are_found_again()
    {
        var first = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(first.StatementId, ExtractedFixtures.Statement);
        var before = await CardsAsync();

        // Back to the schema the cards were first stored under, then forward again.
        await MigrateAsync(MigrationBefore);
        await MigrateAsync(null);

        // No customer id was stored before; the printed employee id comes back from the statements.
        var after = await CardsAsync();
        Assert.Equal(
            before.Select(c =>
                (c.Id, c.Last4, c.HolderName, c.MaskedNumber, c.EmployeeId, c.EmployeeNumber, (string?)null)),
            after.Select(c =>
                (c.Id, c.Last4, c.HolderName, c.MaskedNumber, c.EmployeeId, c.EmployeeNumber, c.CustomerId)));
        Assert.Equal(before.Select(c => WithoutCustomerId(c.CardKey)), after.Select(c => c.CardKey));

        var later = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(later.StatementId, ExtractedFixtures.Statement);

        var reused = await CardsAsync();
        Assert.Equal(before.Select(c => (c.Id, c.CardKey, c.CustomerId, c.EmployeeId)),
            reused.Select(c => (c.Id, c.CardKey, c.CustomerId, c.EmployeeId)));
    }

    private static string WithoutCustomerId(string key)
    {
        var parts = key.Split('|');
        parts[1] = string.Empty;
        return string.Join('|', parts);
    }

    private async Task<List<Data.Cards.Card>> CardsAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Cards.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    private async Task MigrateAsync(string? target)
    {
        await using var db = fixture.Database.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(target);
    }
}
