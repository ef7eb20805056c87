using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>
/// A charge dated well outside the statement period. The period is by posted date, so a transaction
/// date a few days before it is normal; the tolerance is configurable.
/// </summary>
public sealed class OutsidePeriodRule : IValidationRule
{
    public string Code => RuleCodes.OutsidePeriod;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        var from = session.Session.PeriodStart.AddDays(-options.OutsidePeriodToleranceDays);
        var to = session.Session.PeriodEnd.AddDays(options.OutsidePeriodToleranceDays);
        return session.Transactions
            .Where(t => t.TransactionDate < from || t.TransactionDate > to)
            .Select(t => new IssueCandidate(Code, IssueSeverity.Warning, $"transaction:{t.Id}",
                $"{session.DescribeCard(t.CardId)}: charge {t.Reference} at {t.Merchant} is dated " +
                $"{Money.Format(t.TransactionDate)}, outside the period {Money.Format(session.Session.PeriodStart)} " +
                $"to {Money.Format(session.Session.PeriodEnd)} by more than {options.OutsidePeriodToleranceDays} days.")
            {
                TransactionId = t.Id,
                TransactionReference = t.Reference,
                CardId = t.CardId,
                EmployeeId = t.EmployeeId,
            });
    }
}
