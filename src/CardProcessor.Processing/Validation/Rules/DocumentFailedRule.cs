using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A document that could not be read leaves the session incomplete.</summary>
public sealed class DocumentFailedRule : IValidationRule
{
    public string Code => RuleCodes.DocumentFailed;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options) =>
        session.Documents
            .Where(d => d.Status == DocumentStatus.Failed)
            .Select(d => new IssueCandidate(Code, IssueSeverity.Error, $"document:{d.Id}",
                $"The {d.Kind} '{d.FileName}' could not be processed: {d.Error}")
            {
                DocumentId = d.Id,
            });
}
