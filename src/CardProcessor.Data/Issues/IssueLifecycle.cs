namespace CardProcessor.Data.Issues;

/// <summary>
/// Open or Reopened issues are resolved (with a note), waived (with a justification) or closed by a
/// validation run that no longer finds them; closed ones are reopened before they are closed again.
/// Assigning and commenting are allowed in every state.
/// </summary>
public static class IssueLifecycle
{
    public static bool Allows(this IssueStatus status, IssueAction action) => action switch
    {
        IssueAction.Resolve or IssueAction.Waive or IssueAction.AutoClose => status.IsOpen(),
        IssueAction.Reopen or IssueAction.Assign or IssueAction.Comment => true,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown issue action."),
    };

    /// <summary>Why <paramref name="status"/> refuses <paramref name="action"/>, or null when it allows it.</summary>
    public static string? Refusal(IssueStatus status, IssueAction action) =>
        status.Allows(action) ? null : $"The issue is already {status}; reopen it first.";

    /// <exception cref="InvalidTransitionException">The state does not allow the action.</exception>
    public static void Require(IssueStatus status, IssueAction action)
    {
        if (Refusal(status, action) is { } reason)
        {
            throw new InvalidTransitionException("issue", status.ToString(), action.ToString(), reason);
        }
    }
}
