using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A person's card with charges on the statement and not one receipt in the receipt report.</summary>
public sealed class MissingAllReceiptsRule : IValidationRule
{
    public string Code => RuleCodes.MissingAllReceipts;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        if (!session.HasReceiptReport)
        {
            yield break;
        }

        var withReceipts = session.Receipts.Select(r => r.EmployeeId).OfType<Guid>().ToHashSet();
        foreach (var card in session.StatementCards)
        {
            if (card.Card is not { IsVehicle: false }
                || card.EmployeeId is not { } employeeId
                || withReceipts.Contains(employeeId))
            {
                continue;
            }

            var charges = session.Transactions.Where(t => t.CardId == card.CardId && t.Amount > 0).ToList();
            if (charges.Count == 0)
            {
                continue;
            }

            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"card:{card.CardId}",
                $"{session.DescribeCard(card.CardId)} has {charges.Count} charges totalling " +
                $"{Money.Format(charges.Sum(t => t.Amount))} and no receipts at all.")
            {
                CardId = card.CardId,
                EmployeeId = employeeId,
            };
        }
    }
}
