using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tests.Generation;
using CardProcessor.Extraction.Tests.Generation.CardActivity;
using CardProcessor.Extraction.Tests.Generation.Statements;

namespace CardProcessor.Extraction.Tests.Reconciliation;

/// <summary>Every printed total, printed one dollar off, becomes a finding with both figures; the data is kept as
/// read.</summary>
public sealed class TamperedTotalsTests
{
    [Theory]
    [InlineData(CarTamper.TransactionTotalsGross, FindingCodes.LineItemsVsTransactionTotals)]
    [InlineData(CarTamper.TransactionTotalsNet, FindingCodes.LineItemsVsTransactionTotals)]
    [InlineData(CarTamper.CategoryTotal, FindingCodes.CategoryTotal)]
    [InlineData(CarTamper.CategoryTotal, FindingCodes.CategoryTotalsVsCardTotal)]
    [InlineData(CarTamper.CardTotal, FindingCodes.CardTotal)]
    [InlineData(CarTamper.GrandTotal, FindingCodes.GrandTotal)]
    [InlineData(CarTamper.GrandTotal, FindingCodes.ProductSummaryVsGrandTotal)]
    [InlineData(CarTamper.ProductSummaryNet, FindingCodes.ProductSummary)]
    internal void A_tampered_card_activity_report_total_is_reported_with_both_figures(CarTamper tamper, string code)
    {
        var document = GeneratedDocumentAssertions.Extract(CardActivityReportGenerator.Generate(seed: 7, tamper));

        AssertOneDollarApart(document, code);
    }

    [Theory]
    [InlineData(StatementTamper.CardholderTotal, FindingCodes.CardTotal)]
    [InlineData(StatementTamper.SummaryRow, FindingCodes.SummaryRow)]
    [InlineData(StatementTamper.SummaryRow, FindingCodes.SummaryTotal)]
    [InlineData(StatementTamper.StatementTotal, FindingCodes.GrandTotal)]
    [InlineData(StatementTamper.StatementTotal, FindingCodes.StatementTotalsDisagree)]
    internal void A_tampered_statement_total_is_reported_with_both_figures(StatementTamper tamper, string code)
    {
        var document = GeneratedDocumentAssertions.Extract(
            IssuerStatementGenerator.Generate(seed: 11, tamper, summaryPage: true));

        AssertOneDollarApart(document, code);
    }

    [Fact]
    public void A_tampered_transaction_total_is_kept_as_printed_not_corrected()
    {
        var document = GeneratedDocumentAssertions.Extract(
            CardActivityReportGenerator.Generate(seed: 7, CarTamper.TransactionTotalsNet));
        var transaction = document.Cardholders[0].Transactions[0];

        Assert.Equal(transaction.LineItems.Sum(i => i.Net) + 1m, transaction.Totals!.Net);
        Assert.Equal(transaction.Totals.Net, transaction.Amount);
    }

    [Fact]
    public void The_same_documents_untampered_reconcile_without_findings()
    {
        Assert.Empty(GeneratedDocumentAssertions.Extract(CardActivityReportGenerator.Generate(seed: 7)).Findings);
        Assert.Empty(GeneratedDocumentAssertions.Extract(IssuerStatementGenerator.Generate(seed: 11, summaryPage: true))
            .Findings);
    }

    /// <summary>Depending on the check, the tampered figure is the printed side or the side added up.</summary>
    private static void AssertOneDollarApart(ExtractedDocument document, string code)
    {
        var finding = Assert.Single(document.Findings, f => f.Code == code
            && Math.Abs(f.Printed!.Value - f.Extracted!.Value) == 1m);
        Assert.Contains(finding.Printed!.Value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture),
            finding.Message, StringComparison.Ordinal);
        Assert.Contains(
            finding.Extracted!.Value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture),
            finding.Message, StringComparison.Ordinal);
    }
}
