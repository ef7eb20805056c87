using System.Reflection;
using CardProcessor.Processing.Auditing;

namespace CardProcessor.Processing.Tests.Auditing;

/// <summary>
/// The audit log's action names are stored and filtered on: each is unique and documented with its entity.
/// </summary>
public sealed class AuditActionsTests
{
    private static readonly AuditAction[] s_actions = typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(AuditAction))
        .Select(f => (AuditAction)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_action_name_is_used_once()
    {
        Assert.NotEmpty(s_actions);
        Assert.Equal(s_actions.Length, s_actions.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_action_is_in_the_review_docs_on_the_row_of_its_entity()
    {
        var rows = File.ReadAllLines(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "review.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .ToDictionary(l => l.Split('|')[1].Trim().Trim('`'), l => l.Split('|')[2], StringComparer.Ordinal);

        Assert.All(s_actions, a => Assert.Contains($"`{a.Name}`", rows[a.EntityType], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("resolved", "issue.resolved")]
    [InlineData("auto-closed", "issue.auto-closed")]
    [InlineData("unassigned", "issue.unassigned")]
    public void A_step_of_an_issues_history_is_audited_under_its_own_action(string step, string action)
    {
        var audited = AuditActions.ForIssueEvent(step);
        Assert.Equal((action, "validation_issue"), (audited.Name, audited.EntityType));
    }

    [Fact]
    public void A_step_without_an_audit_action_is_refused_rather_than_written_under_a_made_up_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditActions.ForIssueEvent("renamed"));
}
