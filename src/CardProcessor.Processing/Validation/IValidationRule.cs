namespace CardProcessor.Processing.Validation;

public interface IValidationRule
{
    /// <summary>The stable code issues of this rule carry (<c>missing-receipt</c>, ...).</summary>
    string Code { get; }

    IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options);
}
