using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tests.Layout;

namespace CardProcessor.Extraction.Tests.GeneralStatements;

/// <summary>
/// Layouts no family describes, as Document Intelligence would deliver them, read by the general
/// table reader: the table is found from its rows, not from the issuer.
/// </summary>
public sealed class GeneralStatementReaderTests
{
    [Fact]
    public void A_two_line_header_with_month_name_dates_sections_and_a_side_panel_reads_and_reconciles()
    {
        var page = SyntheticPage.From(
            1,
            "MONTHLY CARD STATEMENT",
            "Billing Period: 12/18/2025 - 01/16/2026",
            string.Empty,
            "Trans     Post",
            "Date      Date      Details                        Amount          Account summary",
            "                                                                   Previous balance     1,000.00",
            "PURCHASES                                                          Purchases              300.00",
            "28 Dec    29 Dec    COFFEE HOUSE                    12.50          Payments & credits     100.00",
            "                    SEATTLE WA                                     New balance          1,200.00",
            "03 Jan    04 Jan    RENT-A-                        287.50",
            "                    CAR DOWNTOWN",
            "TOTAL PURCHASES                                    300.00",
            string.Empty,
            "PAYMENTS AND CREDITS",
            "05 Jan    05 Jan    PAYMENT RECEIVED             100.00 CR");

        var document = new DocumentExtractor().Extract([page]);

        Assert.Equal(DocumentLayouts.GeneralStatement, document.Layout);
        var rows = document.Cardholders.Single().Transactions;
        Assert.Equal(
            [
                ("2025-12-28", "2025-12-29", "COFFEE HOUSE SEATTLE WA", 12.50m),
                ("2026-01-03", "2026-01-04", "RENT-A-CAR DOWNTOWN", 287.50m),
                ("2026-01-05", "2026-01-05", "PAYMENT RECEIVED", -100.00m),
            ],
            rows.Select(t => (Iso(t.TransactionDate), Iso(t.PostingDate!.Value), t.Merchant, t.Amount)));
        Assert.Equal((1000.00m, 1200.00m), (document.PreviousBalance, document.NewBalance));
        Assert.Equal(300.00m, document.PrintedTotals!["total_purchases"]);
        Assert.Empty(document.Findings);
    }

    [Fact]
    public void Descriptions_above_their_rows_day_first_dates_a_credit_column_and_letter_spaced_amounts_read()
    {
        var page = SyntheticPage.From(
            1,
            "Statement Date: 15.08.2024     Previous Statement: 15.07.2024",
            string.Empty,
            "Date        Description                       Debit       Credit",
            "            GROCERY MARKET",
            "16/07/2024                                    45,10",
            "            SALARY REFUND",
            "20/07/2024                                               100,00",
            "            HARDWARE STORE",
            "25/07/2024                          1 ,0 16 .0 0 Dr");

        var document = new DocumentExtractor().Extract([page]);

        Assert.Equal((new DateOnly(2024, 7, 16), new DateOnly(2024, 8, 15)),
            (document.PeriodStart, document.PeriodEnd));
        Assert.Equal(
            [
                ("2024-07-16", "GROCERY MARKET", 45.10m),
                ("2024-07-20", "SALARY REFUND", -100.00m),
                ("2024-07-25", "HARDWARE STORE", 1016.00m),
            ],
            document.Cardholders.Single().Transactions.Select(t => (Iso(t.TransactionDate), t.Merchant, t.Amount)));
    }

    [Fact]
    public void A_difference_between_the_rows_and_the_printed_balances_is_a_finding()
    {
        var page = SyntheticPage.From(
            1,
            "Statement Period: 03/01/2026 - 03/31/2026",
            "Date     Description                     Amount",
            "         PREVIOUS BALANCE               500.00",
            "03/02    BOOKSHOP                        20.00",
            "03/05    TRAIN TICKET                    30.00",
            "         NEW BALANCE                    560.00");

        var document = new DocumentExtractor().Extract([page]);

        var finding = Assert.Single(document.Findings);
        Assert.Equal((FindingCodes.BalanceEquation, 560.00m, 550.00m),
            (finding.Code, finding.Printed, finding.Extracted));
    }

    [Fact]
    public void A_statement_whose_rows_cannot_be_read_is_refused_with_how_many_rows_were_seen()
    {
        var page = SyntheticPage.From(
            1,
            "Statement Period: 03/01/2026 - 03/31/2026",
            "Amount      Where                 Date",
            "$12.00      COFFEE SHOP           03/02/2026",
            "$8.50       BAKERY                03/05/2026",
            "$40.00      FUEL STATION          03/09/2026");

        var error = Assert.Throws<LayoutNotUnderstoodException>(() => new DocumentExtractor().Extract([page]));

        Assert.Equal(
            "This statement's layout was not understood: 3 rows with a date and an amount were seen, none read.",
            error.Message);
        Assert.Equal(FindingCodes.LayoutNotUnderstood, error.Finding!.Code);
        Assert.IsAssignableFrom<UnrecognizedDocumentException>(error);
    }

    [Fact]
    public void A_statement_followed_by_a_receipt_report_is_refused_rather_than_half_read()
    {
        var statement = SyntheticPage.From(
            1,
            "Date      Description                 Amount",
            "03/02     BOOKSHOP                     20.00",
            "03/05     TRAIN TICKET                 30.00");
        var receipts = SyntheticPage.From(
            2,
            "FABRIKAM LLC",
            "Expense Receipt Report",
            "Period: 2026-03-01 to 2026-03-31",
            "Employee: JANE Q DOE");

        var error = Assert.Throws<SeveralDocumentsException>(() => new DocumentExtractor()
            .Extract([statement, receipts]));

        Assert.Contains("from page 2, a receipt report", error.Message, StringComparison.Ordinal);
    }

    private static string Iso(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
