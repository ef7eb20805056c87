using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A receipt page with no receipt image attached (the desktop tool's "missing receipt").</summary>
public sealed class MissingAttachmentRule : IValidationRule
{
    public string Code => RuleCodes.MissingAttachment;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options) =>
        session.Receipts
            .Where(r => r.HasAttachment == false)
            .Select(r => new IssueCandidate(Code, IssueSeverity.Warning, $"receipt:{r.Id}",
                $"{r.EmployeeName}: receipt '{r.Title ?? r.Merchant}' of {Money.Format(r.Amount)} on " +
                $"{Money.Format(r.Date)} has no receipt image attached.")
            {
                ReceiptId = r.Id,
                EmployeeId = r.EmployeeId,
                CardId = r.CardId,
                TransactionId = r.MatchedTransactionId,
            });
}
