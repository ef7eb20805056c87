using CardProcessor.Data.Issues;
using CardProcessor.Data.Transactions;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>The same card, merchant and amount within a few days, or one Transaction # printed twice.</summary>
public sealed class DuplicateChargeRule : IValidationRule
{
    public string Code => RuleCodes.DuplicateCharge;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        var reported = new HashSet<(Guid, Guid)>();
        foreach (
            var group in session.Transactions.Where(t => t.Reference is not null).GroupBy(t => (t.CardId, t.Reference)))
        {
            var list = group.OrderBy(t => t.Sequence).ToList();
            for (var i = 1; i < list.Count; i++)
            {
                reported.Add((list[0].Id, list[i].Id));
                yield return Candidate(session, list[0], list[i], $"Transaction # {list[i].Reference} appears twice");
            }
        }

        foreach (
            var group in session.Transactions.Where(t => t.Amount > 0)
                .GroupBy(t => (t.CardId, Merchant: t.Merchant.ToUpperInvariant(), t.Amount)))
        {
            var list = group.OrderBy(t => t.TransactionDate).ThenBy(t => t.Sequence).ToList();
            for (var i = 1; i < list.Count; i++)
            {
                var first = list[i - 1];
                var second = list[i];
                var days = second.TransactionDate.DayNumber - first.TransactionDate.DayNumber;
                if (days <= options.DuplicateWindowDays && reported.Add((first.Id, second.Id)))
                {
                    yield return Candidate(session, first, second, $"same merchant and amount {days} day(s) apart");
                }
            }
        }
    }

    private IssueCandidate Candidate(SessionData session, CardTransaction first, CardTransaction second, string why) =>
        new(Code, IssueSeverity.Warning, $"transactions:{first.Id}:{second.Id}",
            $"{session.DescribeCard(second.CardId)}: charge {second.Reference} of {Money.Format(second.Amount)} at " +
            $"{second.Merchant} on {Money.Format(second.TransactionDate)} may duplicate charge {first.Reference} on " +
            $"{Money.Format(first.TransactionDate)} ({why}).")
        {
            TransactionId = second.Id,
            TransactionReference = second.Reference,
            CardId = second.CardId,
            EmployeeId = second.EmployeeId,
        };
}
