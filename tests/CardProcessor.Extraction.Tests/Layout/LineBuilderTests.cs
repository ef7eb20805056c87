using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.Tests.Layout;

public sealed class LineBuilderTests
{
    [Fact]
    public void Words_delivered_in_any_order_form_the_same_lines_left_to_right()
    {
        var page = SyntheticPage.From(1, "Trans Date  Merchant  Amount", "03/02/2026  ACME   $12.00");
        var shuffled = page.Words.Reverse().ToList();

        var lines = LineBuilder.Build(shuffled);

        Assert.Equal(["Trans Date Merchant Amount", "03/02/2026 ACME $12.00"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_footer_drawn_a_few_points_off_a_table_row_stays_a_line_of_its_own()
    {
        var row = new[] { Word("09/09/2026", 30, 482.5), Word("$341.20", 900, 482.5) };
        var footer = new[] { Word("Page", 700, 479.3), Word("1", 730, 479.3) };

        var lines = LineBuilder.Build(row.Concat(footer));

        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Text == "09/09/2026 $341.20");
    }

    [Fact]
    public void Small_print_at_the_height_of_a_row_is_not_read_into_the_row()
    {
        var row = new[] { Word("Transaction", 700, 471, 10), Word("Totals:", 760, 471, 10),
            Word("$207.38", 850, 471, 10) };
        var disclaimer = new[] { Word("This", 350, 473, 6), Word("is", 366, 473, 6), Word("not", 374, 473, 6) };

        var lines = LineBuilder.Build(row.Concat(disclaimer));

        Assert.Contains(lines, l => l.Text == "Transaction Totals: $207.38");
        Assert.Contains(lines, l => l.Text == "This is not");
    }

    private static LayoutWord Word(string text, double left, double top, double height = 10) =>
        new(text, left, top, left + (text.Length * 5), top + height);
}
