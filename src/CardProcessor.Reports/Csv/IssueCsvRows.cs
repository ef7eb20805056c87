using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Reports.Cards;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class IssueCsvRows
{
    /// <summary>Every validation issue of the session, open or closed, oldest first.</summary>
    public static async IAsyncEnumerable<IssueCsvRow> Query(CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await CardLabel.LoadAsync(db, session.Id, names, cancellationToken);
        var issues = db.ValidationIssues.AsNoTracking()
            .Where(i => i.SessionId == session.Id)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .AsAsyncEnumerable();
        await foreach (var i in issues.WithCancellation(cancellationToken))
        {
            var card = i.CardId is { } cardId ? cards.GetValueOrDefault(cardId) : null;
            yield return new IssueCsvRow
            {
                RuleCode = i.RuleCode,
                Severity = i.Severity,
                Status = i.Status,
                Employee = names.Of(i.EmployeeId) ?? card?.Name,
                Card = card?.Last4,
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
    }
}

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
}
