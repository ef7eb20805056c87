using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// Reads a statement of a layout no family describes, page by page, the way a person does: finds
/// the table from the lines that start with a date and end with an amount, takes the columns from
/// their x-positions and the header words above them, and reads every line of the table as a row,
/// a wrapped or preceding description, a foreign-currency detail, a section heading or a printed
/// figure (balance, total). Nothing in it knows an issuer.
/// </summary>
internal sealed class GeneralStatementReader : IDocumentReader
{
    private readonly GeneralStatementState _state = new();
    private PageTable? _table;
    private TableHeaderWords? _header;

    /// <summary>Lines showing a date and an amount anywhere, read or not (for the refusal message).</summary>
    public int RowEvidenceCount { get; private set; }

    public void Read(LayoutPage page)
    {
        var lines = LineBuilder.Build(page.Words);
        _state.Dates.Read(lines);
        RowEvidenceCount += RowEvidence.Count(lines, page.Width);
        var wide = lines.Select(l => LineShape.Read(l, 0, page.Width)).ToList();
        if (PageTable.Find(wide) is { } found)
        {
            var header = TableHeaderWords.Find(wide, found);
            _header = header ?? _header;
            _table = found.WithCreditColumn(TableHeaderWords.AmountHeaders(_header, found));
        }

        if (_table is null)
        {
            _state.Figures.AddRange(SidePanels.Read(lines, 0, 0, page.Width, page.Number));
            return;
        }

        var table = _table;
        var shapes = lines.Select(l => LineShape.Read(l, table.Left, table.Right)).ToList();
        var rowsSeen = shapes.Count(s => s.StartsWithDate && table.AmountOf(s) is not null);
        var withoutText = shapes.Count(
            s => s.StartsWithDate && table.AmountOf(s) is { } a && s.TextBefore(a.Run).Count == 0);
        var descriptionsAbove = rowsSeen > 0 && withoutText * 2 >= rowsSeen;
        foreach (var shape in shapes)
        {
            _state.ReadLine(shape, table, page.Number, descriptionsAbove);
        }

        _state.CloseRow();
        _state.Figures.AddRange(SidePanels.Read(lines, table.Left, table.Right, page.Width, page.Number));
        if (UnreadRows.Finding(wide, _state.Rows.Count(r => r.Page == page.Number), page.Number) is { } unread)
        {
            _state.Findings.Add(unread);
        }
    }

    public ExtractedDocument Complete()
    {
        _state.CloseRow();
        return GeneralStatementBuilder.Build(_state, _header);
    }
}
