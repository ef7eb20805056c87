using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class DocumentFailedRuleTests
{
    private readonly DocumentFailedRule _rule = new();
    private readonly SessionDataBuilder _session = new();

    [Fact]
    public void A_document_that_could_not_be_processed_is_an_error_naming_the_file_and_the_reason()
    {
        _session.WithStatus(_session.ReceiptReport, DocumentStatus.Failed, "The PDF is password-protected.");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.DocumentFailed, issue.RuleCode);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal($"document:{_session.ReceiptReport.Id}", issue.Subject);
        Assert.Equal(
            "The ReceiptReport 'receipts.pdf' could not be processed: The PDF is password-protected.",
            issue.Message);
        Assert.Equal(_session.ReceiptReport.Id, issue.DocumentId);
    }

    [Theory]
    [InlineData(DocumentStatus.Uploaded)]
    [InlineData(DocumentStatus.Queued)]
    [InlineData(DocumentStatus.Extracting)]
    [InlineData(DocumentStatus.Extracted)]
    public void A_document_still_in_progress_or_extracted_is_not_a_failure(DocumentStatus status)
    {
        _session.WithStatus(_session.Statement, status);

        Assert.Empty(_rule.Evaluate(_session));
    }
}
