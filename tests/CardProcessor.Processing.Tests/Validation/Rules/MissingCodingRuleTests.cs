using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class MissingCodingRuleTests
{
    private readonly MissingCodingRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _jane;

    public MissingCodingRuleTests() => _jane = _session.Employee("Jane Doe");

    [Fact]
    public void A_receipt_images_page_without_job_or_gl_coding_is_missing_coding()
    {
        var receipt = _session.Receipt(_jane, 42.50m, Day(4), "SHELL OIL 5721");
        receipt.Title = "Fuel - Pasadena";

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.MissingCoding, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"receipt:{receipt.Id}", issue.Subject);
        Assert.Equal(
            "Jane Doe: receipt 'Fuel - Pasadena' of $42.50 on 2026-09-04 has no Job or GL coding.",
            issue.Message);
        Assert.Equal((receipt.Id, _jane), (issue.ReceiptId, issue.EmployeeId));
    }

    [Theory]
    [InlineData("Job")]
    [InlineData("GL")]
    public void A_coded_receipt_is_not_missing_coding(string codingType)
    {
        _session.Receipt(_jane, 42.50m, Day(4), "SHELL OIL 5721").CodingType = codingType;

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void A_simple_receipt_report_never_carries_coding_so_its_receipts_are_not_flagged()
    {
        var simple = _session.Document(
            SourceDocumentKind.ReceiptReport,
            DocumentLayouts.SimpleReceiptReport,
            "simple.pdf");
        _session.Receipt(_jane, 42.50m, Day(4), "SHELL OIL 5721").DocumentId = simple.Id;

        Assert.Empty(_rule.Evaluate(_session));
    }
}
