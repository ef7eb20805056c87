using System.Linq.Expressions;

namespace CardProcessor.Data.Issues;

/// <summary>The one spelling of "open": an issue that waits for a reviewer is Open or Reopened.</summary>
public static class IssueStatusExtensions
{
    /// <summary><see cref="IsOpen"/> as a query condition that EF Core translates to SQL.</summary>
    public static readonly Expression<Func<ValidationIssue, bool>> OpenIssue =
        i => i.Status == IssueStatus.Open || i.Status == IssueStatus.Reopened;

    public static bool IsOpen(this IssueStatus status) => status is IssueStatus.Open or IssueStatus.Reopened;
}
