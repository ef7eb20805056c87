using System.Text.RegularExpressions;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using static CardProcessor.Processing.Tests.Lifecycles.EntityInState;

namespace CardProcessor.Processing.Tests.Lifecycles;

/// <summary>
/// The tables of states and allowed actions in docs/review.md are what the entities do: each is
/// worked out here by trying every action in every state and must equal the table in the docs.
/// </summary>
public sealed partial class LifecycleTableTests
{
    private static readonly string s_review = File.ReadAllText(
        Path.Combine(TestEnvironment.RepositoryRoot, "docs", "review.md"));

    [Fact]
    public void The_session_table_in_the_docs_is_what_a_session_allows_in_each_state() =>
        AssertDocumented(
            "session",
            new LifecycleTable<ProcessingSession, SessionStatus>("session", Session, s => s.Status)
            .Action(nameof(SessionAction.Edit), s => s.Edit("Renamed", null, null, At))
            .Action(nameof(SessionAction.ChangePeriod), s => s.Edit(null, new DateOnly(2026, 9, 2), null, At))
            .Action(nameof(SessionAction.AddDocument), s => s.Require(SessionAction.AddDocument))
            .Action(nameof(SessionAction.Delete), s => s.Require(SessionAction.Delete))
            .Action(nameof(SessionAction.StartProcessing), s => s.StartProcessing(At))
            .Action(
                nameof(SessionAction.CompleteProcessing),
                s => s.CompleteProcessing(anyDocumentExtracted: true, At),
                s => s.CompleteProcessing(anyDocumentExtracted: false, At))
            .Action(nameof(SessionAction.CancelProcessing), s => s.CancelProcessing("processor", At))
            .Action(nameof(SessionAction.RetryDocument), s => s.RetryDocument(WithFailedDocument(s).Id, At))
            .Action(nameof(SessionAction.Validate), s => s.Require(SessionAction.Validate))
            .Action(nameof(SessionAction.EditIssues), s => s.Require(SessionAction.EditIssues))
            .Action(nameof(SessionAction.EditMatches), s => s.Require(SessionAction.EditMatches))
            .Action(nameof(SessionAction.Approve), s => s.Approve("reviewer", openErrors: 0, At)));

    [Fact]
    public void The_document_table_in_the_docs_is_what_a_document_allows_in_each_state() =>
        AssertDocumented(
            "document",
            new LifecycleTable<SourceDocument, DocumentStatus>("document", Document, d => d.Status)
            .Action(nameof(DocumentAction.Queue), d => d.Queue())
            .Action(nameof(DocumentAction.StartExtracting), d => d.StartExtracting())
            .Action(
                nameof(DocumentAction.CompleteExtraction),
                d => d.CompleteExtraction("cardholder-activity-report", 4, [], At))
            .Action(nameof(DocumentAction.Fail), d => d.Fail("The PDF is damaged.")));

    [Fact]
    public void The_issue_table_in_the_docs_is_what_an_issue_allows_in_each_state() =>
        AssertDocumented("issue", new LifecycleTable<ValidationIssue, IssueStatus>("issue", Issue, i => i.Status)
            .Action(nameof(IssueAction.Resolve), i => i.Resolve("Receipt found.", "reviewer", At))
            .Action(nameof(IssueAction.Waive), i => i.Waive("Accepted by finance.", "reviewer", At))
            .Action(nameof(IssueAction.Reopen), i => i.Reopen(null, "reviewer", At))
            .Action(nameof(IssueAction.Assign), i => i.Assign("ana@example.com", "reviewer", At))
            .Action(nameof(IssueAction.Comment), i => i.Comment("Asked for the receipt.", "reviewer", At))
            .Action(nameof(IssueAction.AutoClose), i => i.AutoClose("No longer applies.", "system:validation", At)));

    [Fact]
    public void The_match_table_in_the_docs_is_what_a_receipts_match_allows_in_each_state() =>
        AssertDocumented("match", new LifecycleTable<Receipt, MatchStatus>("receipt", Receipt, r => r.MatchStatus)
            .Action(nameof(MatchAction.Reset), r => r.ResetMatch())
            .Action(
                nameof(MatchAction.Propose),
                r => r.ProposeMatch(Guid.NewGuid(), Guid.NewGuid(), 0.9m, "amount exact", automatic: true),
                r => r.ProposeMatch(Guid.NewGuid(), Guid.NewGuid(), 0.5m, "merchant similar", automatic: false))
            .Action(nameof(MatchAction.Confirm), r => r.ConfirmMatch(Guid.NewGuid(), Guid.NewGuid(), "reviewer"))
            .Action(nameof(MatchAction.Dismiss), r => r.Dismiss("reviewer"))
            .Action(nameof(MatchAction.GiveWay), r => r.GiveWay()));

    private static SourceDocument WithFailedDocument(ProcessingSession session)
    {
        var failed = Document(DocumentStatus.Failed);
        session.Documents.Add(failed);
        return failed;
    }

    private static void AssertDocumented<TEntity, TState>(string name, LifecycleTable<TEntity, TState> table)
        where TState : struct, Enum
    {
        var expected = table.ToMarkdown();
        var section = Section(name).Match(s_review);
        Assert.True(
            section.Success,
            $"docs/review.md has no <!-- lifecycle:{name} --> section; it should hold:\n{expected}");
        Assert.Equal(expected, section.Groups["table"].Value.ReplaceLineEndings("\n"));
    }

    private static Regex Section(string name) =>
        new($"<!-- lifecycle:{name} -->\\r?\\n(?<table>.*?)<!-- /lifecycle:{name} -->", RegexOptions.Singleline);
}
