using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// Figures printed beside the table (an account summary box: previous balance, payments,
/// purchases, new balance), read from the parts of each line left and right of the table.
/// </summary>
internal static class SidePanels
{
    public static IEnumerable<StatementFigure> Read(
        IReadOnlyList<LayoutLine> lines, double tableLeft, double tableRight, double pageWidth, int page)
    {
        foreach (var line in lines)
        {
            foreach (var (left, right) in new[] { (0d, tableLeft), (tableRight, pageWidth) })
            {
                if (right - left < line.Height)
                {
                    continue;
                }

                var shape = LineShape.Read(line, left, right);
                if (!shape.StartsWithDate && shape.Amounts.Count > 0
                    && shape.TextBefore(shape.Amounts[^1].Run) is { Count: > 0 } label)
                {
                    var text = string.Join(' ', label.Select(w => w.Text));
                    yield return new StatementFigure(text, shape.Amounts[^1].Amount, page);
                }
            }
        }
    }
}
