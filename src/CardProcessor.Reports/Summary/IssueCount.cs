using CardProcessor.Data.Issues;

namespace CardProcessor.Reports.Summary;

public sealed record IssueCount(string RuleCode, IssueStatus Status, int Count);
