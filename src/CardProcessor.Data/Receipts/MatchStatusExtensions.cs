using System.Linq.Expressions;

namespace CardProcessor.Data.Receipts;

/// <summary>
/// The one spelling of "the receipt pays its charge" (Matched or Confirmed), and of "a reviewer decided".
/// </summary>
public static class MatchStatusExtensions
{
    /// <summary><see cref="IsMatched"/> as a query condition that EF Core translates to SQL.</summary>
    public static readonly Expression<Func<Receipt, bool>> PaysItsCharge =
        r => r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed;

    /// <summary>Matched automatically or confirmed by a reviewer: the receipt pays the charge it points at.</summary>
    public static bool IsMatched(this MatchStatus status) => status is MatchStatus.Matched or MatchStatus.Confirmed;

    /// <summary>Confirmed or Dismissed: a reviewer decided, and the matcher never changes it.</summary>
    public static bool IsReviewerDecision(this MatchStatus status) =>
        status is MatchStatus.Confirmed or MatchStatus.Dismissed;
}
