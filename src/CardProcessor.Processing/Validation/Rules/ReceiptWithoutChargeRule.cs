using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A receipt that pays no charge on the statement (a suggested match still needs a reviewer).</summary>
public sealed class ReceiptWithoutChargeRule : IValidationRule
{
    public string Code => RuleCodes.ReceiptWithoutCharge;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        if (!session.Documents.Any(d => d.Kind == SourceDocumentKind.Statement && d.Status == DocumentStatus.Extracted))
        {
            yield break;
        }

        foreach (var receipt in session.Receipts.Where(r => !r.MatchStatus.IsMatched()))
        {
            var suggestion = receipt.MatchStatus switch
            {
                MatchStatus.Suggested => $" A possible match is suggested ({receipt.MatchReason}).",
                MatchStatus.Dismissed => " A reviewer marked it as paying no charge on this statement.",
                _ => string.Empty,
            };
            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"receipt:{receipt.Id}",
                $"{receipt.EmployeeName}: receipt '{receipt.Title ?? receipt.Merchant}' of " +
                $"{Money.Format(receipt.Amount)} on {Money.Format(receipt.Date)} matches no charge on the " +
                $"statement.{suggestion}")
            {
                ReceiptId = receipt.Id,
                EmployeeId = receipt.EmployeeId,
                CardId = receipt.CardId,
            };
        }
    }
}
