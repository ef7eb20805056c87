using CardProcessor.Processing.Validation;

namespace CardProcessor.Processing.Tests.Support;

internal static class RuleRun
{
    /// <summary>What <paramref name="rule"/> finds in the session, with default options unless given.</summary>
    public static IReadOnlyList<IssueCandidate> Evaluate(
        this IValidationRule rule,
        SessionDataBuilder session,
        ValidationOptions? options = null) =>
        rule.Evaluate(session.Build(), options ?? new ValidationOptions()).ToList();
}
