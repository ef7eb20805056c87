using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Tests.Infrastructure;

namespace CardProcessor.Processing.Tests.Cards;

/// <summary>
/// The September statement with its first vehicle card reprinted under the first person's masked
/// number, as the issuer's real report prints a person's and a vehicle's card: same number, another
/// customer id, name and employee id.
/// </summary>
internal static class CollidingCardStatement
{
    public const string VehicleCustomerId = "ZQXV7";

    public static ExtractedDocument Create()
    {
        var statement = ExtractedFixtures.Statement;
        var person = Person(statement);
        var vehicle = Vehicle(statement);
        return statement with
        {
            Cardholders = [.. statement.Cardholders.Select(c => c == vehicle
                ? c with { CardNumber = person.CardNumber, CardLast4 = person.CardLast4,
                    CustomerId = VehicleCustomerId }
                : c)],
        };
    }

    public static ExtractedCardholder Person(ExtractedDocument statement) =>
        statement.Cardholders.First(c => c.IsVehicle == false && c.CustomerId is not null);

    public static ExtractedCardholder Vehicle(ExtractedDocument statement) =>
        statement.Cardholders.First(c => c.IsVehicle == true);
}
