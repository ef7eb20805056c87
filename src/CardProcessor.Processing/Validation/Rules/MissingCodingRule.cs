using CardProcessor.Data.Issues;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A receipt page with neither Job nor GL coding cannot be exported to the ERP.</summary>
public sealed class MissingCodingRule : IValidationRule
{
    public string Code => RuleCodes.MissingCoding;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        // Only the receipt images report carries coding; a simple receipt report never does.
        var coded = session.Documents.Where(d => d.Layout == DocumentLayouts.ReceiptImagesReport)
            .Select(d => d.Id)
            .ToHashSet();
        return session.Receipts
            .Where(r => coded.Contains(r.DocumentId) && r.CodingType is null)
            .Select(r => new IssueCandidate(Code, IssueSeverity.Warning, $"receipt:{r.Id}",
                $"{r.EmployeeName}: receipt '{r.Title ?? r.Merchant}' of {Money.Format(r.Amount)} on " +
                $"{Money.Format(r.Date)} has no Job or GL coding.")
            {
                ReceiptId = r.Id,
                EmployeeId = r.EmployeeId,
                CardId = r.CardId,
                TransactionId = r.MatchedTransactionId,
            });
    }
}
