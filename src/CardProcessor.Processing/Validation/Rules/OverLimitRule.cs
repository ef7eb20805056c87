using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

public sealed class OverLimitRule : IValidationRule
{
    public string Code => RuleCodes.OverLimit;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options) =>
        session.Transactions
            .Where(t => t.Amount > options.SingleTransactionLimit)
            .Select(t => new IssueCandidate(Code, IssueSeverity.Warning, $"transaction:{t.Id}",
                $"{session.DescribeCard(t.CardId)}: charge {t.Reference} of {Money.Format(t.Amount)} at {t.Merchant} " +
                $"exceeds the single-transaction limit of {Money.Format(options.SingleTransactionLimit)}.")
            {
                TransactionId = t.Id,
                TransactionReference = t.Reference,
                CardId = t.CardId,
                EmployeeId = t.EmployeeId,
            });
}
