using CardProcessor.Data.Issues;
using CardProcessor.Reports.Rows;
using CsvHelper;

namespace CardProcessor.Reports.Csv;

/// <summary>The issues CSV's columns: the Issues sheet's, with ISO 8601 instants for a program to read.</summary>
[CsvRecord]
internal sealed partial record IssueCsvRow
{
    [CsvColumn("Rule")]
    public required string RuleCode { get; init; }

    [CsvColumn("Severity")]
    public IssueSeverity Severity { get; init; }

    [CsvColumn("Status")]
    public IssueStatus Status { get; init; }

    [CsvColumn("Employee")]
    public string? Employee { get; init; }

    [CsvColumn("Card")]
    public string? Card { get; init; }

    [CsvColumn("Transaction #")]
    public string? TransactionReference { get; init; }

    [CsvColumn("Message")]
    public required string Message { get; init; }

    [CsvColumn("Assignee")]
    public string? Assignee { get; init; }

    [CsvColumn("Created At")]
    [CsvFormat("O")]
    public DateTimeOffset CreatedAt { get; init; }

    [CsvColumn("Updated At")]
    [CsvFormat("O")]
    public DateTimeOffset UpdatedAt { get; init; }

    [CsvColumn("Resolved By")]
    public string? ResolvedBy { get; init; }

    [CsvColumn("Resolved At")]
    [CsvFormat("O")]
    public DateTimeOffset? ResolvedAt { get; init; }

    [CsvColumn("Resolution Note")]
    public string? ResolutionNote { get; init; }

    /// <param name="employee">The name of the issue's employee, else of its card.</param>
    /// <param name="card">The last four of the issue's card.</param>
    public static IssueCsvRow From(IssueRow i, string? employee, string? card) => new()
    {
        RuleCode = i.RuleCode,
        Severity = i.Severity,
        Status = i.Status,
        Employee = employee,
        Card = card,
        TransactionReference = i.TransactionReference,
        Message = i.Message,
        Assignee = i.Assignee,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        ResolvedBy = i.ResolvedBy,
        ResolvedAt = i.ResolvedAt,
        ResolutionNote = i.ResolutionNote,
    };
}
