using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A card with no owning employee: vehicle cards until a reviewer assigns who answers for them.</summary>
public sealed class UnassignedCardRule : IValidationRule
{
    public string Code => RuleCodes.UnassignedCard;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options) =>
        session.StatementCards
            .Where(c => c.Card is { EmployeeId: null })
            .DistinctBy(c => c.CardId)
            .Select(c => new IssueCandidate(Code, IssueSeverity.Warning, $"card:{c.CardId}",
                c.Card!.IsVehicle
                    ? $"Vehicle card {c.HolderName} (card {c.Card.Last4}) has no assigned owner."
                    : $"Card {c.Card.Last4} of {c.HolderName} is not matched to a known employee.")
            {
                CardId = c.CardId,
            });
}
