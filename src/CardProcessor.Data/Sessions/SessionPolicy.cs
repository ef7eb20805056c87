using System.Linq.Expressions;

namespace CardProcessor.Data.Sessions;

/// <summary>
/// The session's lifecycle and the policy of what may change in each of its states, in one place:
/// documents are added to a Draft; processing starts from Draft or Failed and can be cancelled while
/// it runs; a failed document is retried in Review or Failed; validation runs in Review
/// or Failed; issues change in every state but Approved, matches only in Review; an Approved session
/// is frozen, and a correction needs a child session.
/// </summary>
public static class SessionPolicy
{
    /// <summary>Sessions that are not frozen, as a query condition that EF Core translates to SQL.</summary>
    public static readonly Expression<Func<ProcessingSession, bool>> NotFrozen = s =>
        s.Status != SessionStatus.Approved;

    /// <summary>An approved session is frozen: nothing in it changes any more.</summary>
    public static bool IsFrozen(this SessionStatus status) => status == SessionStatus.Approved;

    public static bool Allows(this SessionStatus status, SessionAction action) => action switch
    {
        SessionAction.Edit or SessionAction.EditIssues => !status.IsFrozen(),
        SessionAction.ChangePeriod or SessionAction.AddDocument or SessionAction.Delete =>
            status == SessionStatus.Draft,
        SessionAction.StartProcessing => status is SessionStatus.Draft or SessionStatus.Failed,
        SessionAction.CompleteProcessing or SessionAction.CancelProcessing => status == SessionStatus.Processing,
        SessionAction.RetryDocument => status is SessionStatus.Review or SessionStatus.Failed,
        SessionAction.Validate => status is SessionStatus.Review or SessionStatus.Failed,
        SessionAction.EditMatches or SessionAction.Approve => status == SessionStatus.Review,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown session action."),
    };

    /// <summary>
    /// A reviewer's change to a card's owner or a receipt's match re-validates the session at once
    /// only in Review; a Failed session is re-validated when it is asked to be.
    /// </summary>
    public static bool RevalidatesAfterReviewerChange(this SessionStatus status) => status == SessionStatus.Review;

    /// <summary>Refuses <paramref name="action"/> unless <paramref name="status"/> allows it.</summary>
    /// <exception cref="InvalidTransitionException">The state does not allow the action.</exception>
    public static void Require(SessionStatus status, SessionAction action)
    {
        if (!status.Allows(action))
        {
            throw Refuse(status, action, Reason(status, action));
        }
    }

    internal static InvalidTransitionException Refuse(SessionStatus status, SessionAction action, string reason) =>
        new("session", status.ToString(), action.ToString(), reason);

    private static string Reason(SessionStatus status, SessionAction action) => action switch
    {
        _ when status.IsFrozen() && action is not (SessionAction.StartProcessing or SessionAction.CompleteProcessing) =>
            "The session is approved and frozen; create a child session to correct it.",
        SessionAction.ChangePeriod => "The billing period can only change while the session is a Draft.",
        SessionAction.AddDocument => $"Documents can only be added to a Draft session; this one is {status}.",
        SessionAction.Delete => $"Only a Draft session can be deleted; this one is {status}.",
        SessionAction.StartProcessing =>
            $"The session is {status} and cannot be processed again; create a child session to re-run it.",
        SessionAction.CompleteProcessing => $"Only a session that is Processing can complete; this one is {status}.",
        SessionAction.CancelProcessing => $"Only a session that is Processing can be cancelled; this one is {status}.",
        SessionAction.RetryDocument =>
            $"A document is retried once its session's processing has ended (Review or Failed); this one is {status}.",
        SessionAction.Validate => $"Only a session in Review or Failed can be validated; this one is {status}.",
        SessionAction.EditMatches => $"Matches change while a session is in Review; this one is {status}.",
        SessionAction.Approve => $"Only a session in Review can be approved; this one is {status}.",
        _ => $"A {status} session does not allow {action}.",
    };
}
