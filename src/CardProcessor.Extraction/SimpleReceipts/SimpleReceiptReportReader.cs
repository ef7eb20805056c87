using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.SimpleReceipts;

/// <summary>
/// Reads a simple receipt report: the company on the first line, <c>Period:</c>, then per
/// <c>Employee:</c> block a table whose rows are receipts. Any other line (page numbers, a
/// repeated company line) is not a row because it has no date and amount in their columns.
/// </summary>
internal sealed class SimpleReceiptReportReader : IDocumentReader
{
    private readonly List<ExtractedReceipt> _receipts = [];
    private string? _company;
    private (DateOnly Start, DateOnly End)? _period;
    private string? _employee;
    private TableHeader? _columns;

    public void Read(LayoutPage page)
    {
        var lines = LineBuilder.Build(page.Words);
        if (_company is null && lines.Count > 0 && !LineText.StartsWith(lines[0], "Expense Receipt Report"))
        {
            _company = lines[0].Text.Trim();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = LineText.Normalized(line);
            if (_period is null && PeriodParser.TryParse(text, "Period:") is { } period)
            {
                _period = period;
                continue;
            }

            if (LabeledValue.Find(line, "Employee:", page.Width) is { } employee
                && LineText.StartsWith(line, "Employee:"))
            {
                _employee = employee;
                _columns = null;
                continue;
            }

            if (HeaderReader.TryRead(lines, i, SimpleReceiptVocabulary.Receipts, SimpleReceiptVocabulary.Required,
                out var count) is { } header)
            {
                _columns = header;
                i += count - 1;
                continue;
            }

            if (_columns is not null && _employee is not null
                && ReadRow(_columns.Split(line), page.Number) is { } receipt)
            {
                _receipts.Add(receipt);
            }
        }
    }

    public ExtractedDocument Complete() => new()
    {
        Kind = DocumentKind.ReceiptReport,
        Layout = DocumentLayouts.SimpleReceiptReport,
        Company = _company,
        PeriodStart = _period?.Start,
        PeriodEnd = _period?.End,
        Receipts = _receipts.ToList(),
    };

    private ExtractedReceipt? ReadRow(RowCells cells, int page)
    {
        if (!DateParser.TryParse(cells[ColumnKind.TransactionDate], out var printed)
            || printed.Resolve(_period?.Start, _period?.End) is not { } date
            || !AmountParser.TryParse(cells[ColumnKind.Amount], out var amount))
        {
            return null;
        }

        var reference = cells[ColumnKind.Reference].Replace(" ", string.Empty, StringComparison.Ordinal);
        return new ExtractedReceipt
        {
            Employee = _employee!,
            Date = date,
            Amount = amount,
            Merchant = cells[ColumnKind.Merchant],
            Reference = reference.Length == 0 ? null : reference,
            Page = page,
        };
    }
}
