using CardProcessor.Data.Cards;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Cards;

/// <summary>
/// Two sections printing one masked number and one name are still two cards when their customer
/// id and employee id differ: the header as a whole is the card, not the number and the name.
/// </summary>
public sealed class SameNameCardsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Sections_with_one_masked_number_and_one_name_under_other_customer_ids_are_two_cards()
    {
        var statement = ExtractedFixtures.Statement;
        var person = CollidingCardStatement.Person(statement);
        var twin = person with { CustomerId = "QQRS2", EmployeeId = "990001", Transactions = [] };
        var session = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(session.StatementId,
            statement with { Cardholders = [.. statement.Cardholders, twin] });

        var cards = await CardsNumberedAsync(person.CardNumber!);
        Assert.Equal(
            new[] { (person.CustomerId, person.EmployeeId), ("QQRS2", "990001") }.Order(),
            cards.Select(c => (c.CustomerId, c.EmployeeNumber)).Order());
    }

    private async Task<List<Card>> CardsNumberedAsync(string maskedNumber)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Cards.AsNoTracking().Where(c => c.MaskedNumber == maskedNumber).ToListAsync();
    }
}
