using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>
/// A merchant group outside the list allowed for the card's type (for example RESTAURANTS on a vehicle card).
/// </summary>
public sealed class MerchantGroupNotAllowedRule : IValidationRule
{
    public string Code => RuleCodes.MerchantGroupNotAllowed;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        foreach (var transaction in session.Transactions.Where(t => t.MerchantGroup is not null))
        {
            if (!session.Cards.TryGetValue(transaction.CardId, out var card)
                || !options.AllowedMerchantGroups.TryGetValue(card.IsVehicle ? "Vehicle" : "Person", out var allowed)
                || allowed.Count == 0
                || allowed.Contains(transaction.MerchantGroup!, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"transaction:{transaction.Id}",
                $"{session.DescribeCard(card.Id)}: charge {transaction.Reference} at {transaction.Merchant} is in " +
                $"merchant group {transaction.MerchantGroup}, not allowed on a " +
                $"{(card.IsVehicle ? "vehicle" : "person's")} card.")
            {
                TransactionId = transaction.Id,
                TransactionReference = transaction.Reference,
                CardId = card.Id,
                EmployeeId = transaction.EmployeeId,
            };
        }
    }
}
