using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// Reads a section's table lines into rows: a line with a date and an amount opens a row, the
/// lines right under it (wrapped cells, memo lines) continue it, page furniture does not.
/// </summary>
internal sealed class StatementRowReader(List<ExtractionFinding> findings, IReadOnlyCollection<string> repeatedLines)
{
    private StatementRowBuilder? _row;

    public bool IsOpen => _row is not null;

    public void Read(LayoutLine line, TableHeader columns, StatementSectionBuilder section, int page,
        (DateOnly Start, DateOnly End)? period)
    {
        var cells = columns.Split(line);
        if (StatementRowBuilder.StartsRow(cells))
        {
            Close(section, period);
            _row = new StatementRowBuilder(columns, line, page);
            section.Touch(page);
            return;
        }

        if (_row is not null && IsContinuation(line, cells))
        {
            _row.Add(line);
        }
    }

    /// <summary>Adds the open row to the section as a transaction, or a finding when it cannot be read.</summary>
    public void Close(StatementSectionBuilder? section, (DateOnly Start, DateOnly End)? period)
    {
        if (_row is null || section is null)
        {
            _row = null;
            return;
        }

        var transaction = _row.Build(period?.Start, period?.End, out var problem);
        if (transaction is not null)
        {
            section.Transactions.Add(transaction);
        }
        else
        {
            findings.Add(
                FindingFactory.Note(FindingCodes.UnreadableRow, $"Cardholder {section.Name}: {problem}.",
                section.CardLast4, page: _row.Page));
        }

        _row = null;
    }

    /// <summary>A wrapped line sits right under its row, outside the amount column, and is not page
    /// furniture.</summary>
    private bool IsContinuation(LayoutLine line, RowCells cells) =>
        _row is not null
        && line.Top - _row.Bottom <= 1.2 * line.Height
        && cells.IsEmpty(ColumnKind.Amount)
        && !StatementFurniture.IsFurniture(line, repeatedLines);
}
