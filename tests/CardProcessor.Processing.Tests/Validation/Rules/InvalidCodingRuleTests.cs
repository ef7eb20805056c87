using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class InvalidCodingRuleTests
{
    private readonly InvalidCodingRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _maria;
    private readonly ValidationOptions _chart = new()
    {
        ChartOfAccounts = new ChartOfAccounts
        {
            Jobs = ["21045", "21046"],
            Phases = ["100.01"],
            CostTypes = ["5"],
            GlAccounts = ["6100"],
        },
    };

    public InvalidCodingRuleTests() => _maria = _session.Employee("Maria Doe");

    [Fact]
    public void A_job_and_phase_outside_the_chart_of_accounts_are_named_in_one_issue()
    {
        var receipt = JobCoded("99999.", "200.02", "5");

        var issue = Assert.Single(_rule.Evaluate(_session, _chart));

        Assert.Equal(RuleCodes.InvalidCoding, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"receipt:{receipt.Id}", issue.Subject);
        Assert.Equal(
            "Maria Doe: receipt 'Maintenance - Lake Charles' of $207.38 is coded to Job 99999., Phase 200.02, not in " +
            "the chart of accounts.",
            issue.Message);
        Assert.Equal((receipt.Id, _maria), (issue.ReceiptId, issue.EmployeeId));
    }

    [Fact]
    public void Codes_in_the_chart_are_valid_with_or_without_the_printed_trailing_dot()
    {
        JobCoded("21045.", "100.01", "5");
        JobCoded("21046", "100.01", "5");

        Assert.Empty(_rule.Evaluate(_session, _chart));
    }

    [Fact]
    public void An_unknown_gl_account_is_invalid()
    {
        var receipt = _session.Receipt(_maria, 12.00m, Day(2), "STAPLES");
        receipt.CodingType = "GL";
        receipt.GlAccount = "7999";

        Assert.Contains(
            "GL account 7999",
            Assert.Single(_rule.Evaluate(_session, _chart)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_chart_of_accounts_switches_the_rule_off()
    {
        JobCoded("99999.", "200.02", "9");

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void An_empty_list_switches_off_only_its_own_check()
    {
        JobCoded("99999.", "200.02", "9");
        var jobsOnly = new ValidationOptions { ChartOfAccounts = { Jobs = ["21045"] } };

        Assert.Contains(
            ": receipt 'Maintenance - Lake Charles' of $207.38 is coded to Job 99999., not in",
            Assert.Single(_rule.Evaluate(_session, jobsOnly)).Message,
            StringComparison.Ordinal);
    }

    private Receipt JobCoded(string job, string phase, string costType)
    {
        var receipt = _session.Receipt(_maria, 207.38m, Day(1), "AUTO PARTS #4679");
        receipt.Title = "Maintenance - Lake Charles";
        receipt.CodingType = "Job";
        receipt.Job = job;
        receipt.Phase = phase;
        receipt.CostType = costType;
        return receipt;
    }
}
