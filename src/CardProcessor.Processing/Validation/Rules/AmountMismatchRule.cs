using System.Globalization;
using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>
/// A receipt that pays a charge of a different amount, beyond both the dollar and the percentage tolerance.
/// </summary>
public sealed class AmountMismatchRule : IValidationRule
{
    public string Code => RuleCodes.AmountMismatch;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        var transactions = session.Transactions.ToDictionary(t => t.Id);
        foreach (var group in session.PaidBy)
        {
            var transaction = transactions[group.Key];
            foreach (var receipt in group)
            {
                var difference = Math.Abs(receipt.Amount - transaction.Amount);
                var percent = transaction.Amount == 0 ? 100m : difference / Math.Abs(transaction.Amount) * 100m;
                if (difference <= options.AmountToleranceDollars || percent <= options.AmountTolerancePercent)
                {
                    continue;
                }

                var severity = percent > options.AmountMismatchErrorPercent
                    ? IssueSeverity.Error
                    : IssueSeverity.Warning;
                yield return new IssueCandidate(Code, severity, $"receipt:{receipt.Id}",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{receipt.EmployeeName}: receipt of {Money.Format(receipt.Amount)} differs from charge " +
                        $"{transaction.Reference} of {Money.Format(transaction.Amount)} at {transaction.Merchant} by " +
                        $"{Money.Format(difference)} ({percent:0.#}%)."))
                {
                    ReceiptId = receipt.Id,
                    TransactionId = transaction.Id,
                    TransactionReference = transaction.Reference,
                    CardId = transaction.CardId,
                    EmployeeId = transaction.EmployeeId,
                };
            }
        }
    }
}
