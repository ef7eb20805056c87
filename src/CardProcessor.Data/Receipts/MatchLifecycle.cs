namespace CardProcessor.Data.Receipts;

/// <summary>
/// The matcher proposes (Matched or Suggested) and may take back only its own proposals; a reviewer
/// confirms or dismisses in any state, and a confirmed match never gives way to another receipt.
/// </summary>
public static class MatchLifecycle
{
    public static bool Allows(this MatchStatus status, MatchAction action) => action switch
    {
        MatchAction.Reset => !status.IsReviewerDecision(),
        MatchAction.Propose => status == MatchStatus.Unmatched,
        MatchAction.Confirm or MatchAction.Dismiss => true,
        MatchAction.GiveWay => status is MatchStatus.Matched or MatchStatus.Suggested,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown match action."),
    };

    /// <exception cref="InvalidTransitionException">The state does not allow the action.</exception>
    public static void Require(MatchStatus status, MatchAction action)
    {
        if (!status.Allows(action))
        {
            throw new InvalidTransitionException("receipt", status.ToString(), action.ToString(), action switch
            {
                MatchAction.GiveWay when status == MatchStatus.Confirmed =>
                    "The charge is already confirmed as paid by another receipt; undo that match first.",
                MatchAction.GiveWay => $"The receipt is {status} and holds no charge to give up.",
                MatchAction.Propose => $"The matcher proposes only for an unmatched receipt; this one is {status}.",
                _ => $"The receipt's match is a reviewer's decision ({status}); the matcher leaves it alone.",
            });
        }
    }
}
