using CardProcessor.Data;
using CardProcessor.Data.Cards;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Cards;

/// <summary>
/// A person's card and a vehicle's card printing the same masked number are two stored cards, and
/// a later session finds each of them again with its owner.
/// </summary>
public sealed class CollidingCardsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_cards_with_one_masked_number_are_two_rows_that_a_later_session_reuses_with_their_owners()
    {
        var statement = CollidingCardStatement.Create();
        var person = CollidingCardStatement.Person(statement);
        var first = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(first.StatementId, statement);

        var cards = await CardsNumberedAsync(person.CardNumber!);
        Assert.Equal(2, cards.Count);
        var personCard = cards.Single(c => !c.IsVehicle);
        var vehicleCard = cards.Single(c => c.IsVehicle);
        Assert.Equal((person.CustomerId, person.EmployeeId), (personCard.CustomerId, personCard.EmployeeNumber));
        Assert.Equal(CollidingCardStatement.VehicleCustomerId, vehicleCard.CustomerId);
        Assert.NotNull(personCard.EmployeeId);
        Assert.Null(vehicleCard.EmployeeId);

        // A reviewer gives the vehicle an owner, someone other than the person whose number it shares.
        var fleetOwner = await AssignOtherOwnerAsync(vehicleCard.Id, personCard.EmployeeId!.Value);

        var later = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(later.StatementId, statement);

        var cardsLater = await CardsNumberedAsync(person.CardNumber!);
        Assert.Equal(cards.Select(c => c.Id).Order(), cardsLater.Select(c => c.Id).Order());
        Assert.Equal(personCard.EmployeeId, cardsLater.Single(c => c.Id == personCard.Id).EmployeeId);
        Assert.Equal(fleetOwner, cardsLater.Single(c => c.Id == vehicleCard.Id).EmployeeId);

        await using var db = fixture.Database.CreateContext();
        var sections = await db.StatementCards.AsNoTracking()
            .Where(s => s.SessionId == later.SessionId && (s.CardId == personCard.Id || s.CardId == vehicleCard.Id))
            .ToListAsync();
        Assert.Equal(person.Name, sections.Single(s => s.CardId == personCard.Id).HolderName);
        Assert.Equal(CollidingCardStatement.Vehicle(statement).Name,
            sections.Single(s => s.CardId == vehicleCard.Id).HolderName);
        var owners = await db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == later.SessionId && t.CardId == vehicleCard.Id)
            .Select(t => t.EmployeeId)
            .Distinct()
            .ToListAsync();
        Assert.Equal([fleetOwner], owners);
        Assert.Equal(statement.Cardholders.Count, await db.Cards.CountAsync());
    }

    private async Task<List<Card>> CardsNumberedAsync(string maskedNumber)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Cards.AsNoTracking().Where(c => c.MaskedNumber == maskedNumber).ToListAsync();
    }

    private async Task<Guid> AssignOtherOwnerAsync(Guid cardId, Guid notThisEmployee)
    {
        await using var db = fixture.Database.CreateContext();
        var owner = await db.Employees.Where(e => e.Id != notThisEmployee).Select(e => e.Id).FirstAsync();
        var card = await db.Cards.SingleAsync(c => c.Id == cardId);
        card.EmployeeId = owner;
        await db.SaveChangesAsync();
        return owner;
    }
}
