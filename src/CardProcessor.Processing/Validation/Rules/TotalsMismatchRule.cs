using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>
/// The extractor's reconciliation findings: a printed total the extracted rows do not add up to.
/// The desktop tool declared this flag but never computed it.
/// </summary>
public sealed class TotalsMismatchRule : IValidationRule
{
    public string Code => RuleCodes.TotalsMismatch;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        foreach (var document in session.Documents)
        {
            foreach (var finding in document.Findings)
            {
                var card = finding.CardLast4 is null
                    ? null
                    : session.StatementCards.FirstOrDefault(c => c.DocumentId == document.Id
                        && c.Card?.Last4 == finding.CardLast4);
                var transaction = finding.Reference is null
                    ? null
                    : session.Transactions.FirstOrDefault(t => t.DocumentId == document.Id
                        && t.Reference == finding.Reference);
                yield return new IssueCandidate(
                    Code,
                    IssueSeverity.Error,
                    $"{document.Id}:{finding.Code}:{finding.CardLast4}:{finding.Reference}:{finding.Page}",
                    finding.Message)
                {
                    DocumentId = document.Id,
                    CardId = card?.CardId,
                    EmployeeId = card?.EmployeeId,
                    TransactionId = transaction?.Id,
                    TransactionReference = finding.Reference,
                };
            }
        }
    }
}
