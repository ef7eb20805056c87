using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>
/// A charge on a person's card that no receipt pays. Cards with no receipts at all are reported once
/// by <see cref="MissingAllReceiptsRule"/> instead of once per charge.
/// </summary>
public sealed class ChargeWithoutReceiptRule : IValidationRule
{
    public string Code => RuleCodes.ChargeWithoutReceipt;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        if (!session.HasReceiptReport)
        {
            yield break;
        }

        var withReceipts = session.Receipts.Select(r => r.EmployeeId).OfType<Guid>().ToHashSet();
        foreach (var transaction in session.Transactions)
        {
            if (transaction.Amount <= 0
                || session.PaidBy.Contains(transaction.Id)
                || !session.Cards.TryGetValue(transaction.CardId, out var card)
                || card.IsVehicle
                || transaction.EmployeeId is not { } employeeId
                || !withReceipts.Contains(employeeId))
            {
                continue;
            }

            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"transaction:{transaction.Id}",
                $"{session.DescribeCard(card.Id)}: charge {transaction.Reference} of " +
                $"{Money.Format(transaction.Amount)} at {transaction.Merchant} on " +
                $"{Money.Format(transaction.TransactionDate)} has no receipt.")
            {
                TransactionId = transaction.Id,
                TransactionReference = transaction.Reference,
                CardId = card.Id,
                EmployeeId = employeeId,
            };
        }
    }
}
