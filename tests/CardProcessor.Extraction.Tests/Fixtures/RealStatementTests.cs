using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Fixtures;

/// <summary>
/// The real statements in <c>fixtures/real</c> (a layout no family describes) come out exactly
/// as their ground truth says and reconcile with what they print.
/// </summary>
public sealed class RealStatementTests
{
    public static TheoryData<string> Statements() => new(SharedFixtures.Pdfs("real"));

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_real_statement_extracts_to_its_ground_truth(string fixture)
    {
        var truth = FixtureExtraction.GroundTruth(fixture);

        // The issuer's name and the billing currency are not printed as such on the page (the
        // amounts say "$", the issuer is a logo); the reader does not guess them.
        truth.Remove("issuer");
        truth.Remove("currency");
        var differences = GroundTruthComparer.Differences(FixtureExtraction.ExtractJson(fixture), truth);

        Assert.True(differences.Count == 0,
            $"{differences.Count} differences:\n{string.Join('\n', differences.Take(25))}");
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_real_statement_reconciles_previous_balance_and_activity_with_its_new_balance(string fixture)
    {
        var document = FixtureExtraction.Extract(fixture);
        var sum = document.Cardholders.Sum(c => c.Transactions.Sum(t => t.Amount));

        Assert.Empty(document.Findings);
        Assert.NotNull(document.PreviousBalance);
        Assert.Equal(document.NewBalance, document.PreviousBalance + sum);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_real_statement_keeps_foreign_currency_details_out_of_the_merchant(string fixture)
    {
        var truth = FixtureExtraction.GroundTruth(fixture);
        var foreign = truth["cardholders"]![0]!["transactions"]!.AsArray().Count(t => t!["foreign"] is JsonObject);
        var transactions = FixtureExtraction.Extract(fixture).Cardholders.SelectMany(c => c.Transactions).ToList();

        Assert.Equal(foreign, transactions.Count(t => t.Foreign is not null));
        Assert.DoesNotContain(transactions,
            t => t.Merchant.Contains("EXCHANGE RATE", StringComparison.OrdinalIgnoreCase));
    }
}
