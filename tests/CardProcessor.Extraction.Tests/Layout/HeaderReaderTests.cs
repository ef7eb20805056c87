using CardProcessor.Extraction.IssuerStatements;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.Tests.Layout;

public sealed class HeaderReaderTests
{
    [Fact]
    public void A_header_cell_wrapped_over_two_lines_reads_as_one_column()
    {
        var lines = LineBuilder.Build(SyntheticPage.From(
            1,
            "Trans",
            "         Posted  Reference Number   Merchant Name       Billing Amount",
            "Date").Words);

        var header = HeaderReader.TryRead(lines, 0, StatementVocabulary.Transactions,
            StatementVocabulary.IsTransactionTable, out var count);

        Assert.NotNull(header);
        Assert.Equal(3, count);
        Assert.Equal(
            [ColumnKind.TransactionDate, ColumnKind.PostingDate, ColumnKind.Reference, ColumnKind.Merchant,
                ColumnKind.Amount],
            header.Columns.Select(c => c.Kind));
    }

    [Fact]
    public void Cells_are_placed_by_the_header_so_a_right_aligned_amount_wider_than_its_header_stays_an_amount()
    {
        var lines = LineBuilder.Build(SyntheticPage.From(
            1,
            "Date        Reference                Merchant            Amount",
            "03/02/2026  82757441123853557192022  SHELL OIL HOUSTON  $1,234.56",
            "03/03/2026  12345678901              DELTA AIR          ($2,099.24)").Words);
        var header = HeaderReader.TryRead(lines, 0, StatementVocabulary.Transactions, h => h.Has(ColumnKind.Amount),
            out _)!;

        var first = header.Split(lines[1]);
        var second = header.Split(lines[2]);

        Assert.Equal("82757441123853557192022", first[ColumnKind.Reference]);
        Assert.Equal("SHELL OIL HOUSTON", first[ColumnKind.Merchant]);
        Assert.Equal("$1,234.56", first[ColumnKind.Amount]);
        Assert.Equal("DELTA AIR", second[ColumnKind.Merchant]);
        Assert.Equal("($2,099.24)", second[ColumnKind.Amount]);
    }

    [Fact]
    public void A_line_of_data_is_not_taken_for_a_header()
    {
        var lines = LineBuilder.Build(SyntheticPage.From(1, "03/02/2026  ACME HARDWARE  $12.00").Words);

        Assert.Null(
            HeaderReader.TryRead(lines, 0, StatementVocabulary.Transactions, StatementVocabulary.IsTransactionTable,
            out _));
    }
}
