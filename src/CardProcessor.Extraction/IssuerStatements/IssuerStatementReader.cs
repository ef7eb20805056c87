using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// Reads another issuer's statement page by page: the company and period, the optional account
/// summary, then one section per cardholder (a header in one of three styles, a table whose
/// header names its columns and may repeat on every page, the rows with their wrapped lines, and
/// a closing total), and the closing statement total.
/// </summary>
internal sealed class IssuerStatementReader : IDocumentReader
{
    private readonly AccountSummaryReader _summary = new();
    private readonly List<StatementSectionBuilder> _sections = [];
    private readonly List<ExtractionFinding> _findings = [];
    private readonly HashSet<string> _repeatedLines = new(StringComparer.OrdinalIgnoreCase);
    private string? _company;
    private (DateOnly Start, DateOnly End)? _period;
    private StatementSectionBuilder? _section;
    private readonly StatementRowReader _rows;
    private TableHeader? _columns;
    private decimal? _closingTotal;
    private int? _closingTotalPage;

    public IssuerStatementReader() => _rows = new StatementRowReader(_findings, _repeatedLines);

    public void Read(LayoutPage page)
    {
        var lines = LineBuilder.Build(page.Words);
        if (_company is null)
        {
            ReadHeading(lines);
        }

        // A row never continues onto the next page: what follows there is furniture or a header.
        CloseRow();
        for (var i = 0; i < lines.Count; i++)
        {
            i += ReadLine(lines, i, page.Number) - 1;
        }
    }

    public ExtractedDocument Complete()
    {
        CloseRow();
        var cardholders = _sections.Select(s => s.Build()).ToList();
        _findings.AddRange(StatementReconciler.Reconcile(_sections, _summary, _closingTotal, _closingTotalPage));
        return new ExtractedDocument
        {
            Kind = DocumentKind.Statement,
            Layout = DocumentLayouts.IssuerStatement,
            Company = _company,
            PeriodStart = _period?.Start,
            PeriodEnd = _period?.End,
            GrandTotal = _closingTotal ?? _summary.StatementTotal,
            Cardholders = cardholders,
            Findings = _findings.ToList(),
        };
    }

    /// <summary>The company is the first line; it and the title under it may repeat on every page.</summary>
    private void ReadHeading(IReadOnlyList<LayoutLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = LineText.Normalized(lines[i]).Trim();
            if (text.StartsWith("Statement Period", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            _company ??= text;
            _repeatedLines.Add(text);
        }
    }

    /// <summary>Reads the line at <paramref name="index"/>; returns how many lines it consumed.</summary>
    private int ReadLine(IReadOnlyList<LayoutLine> lines, int index, int page)
    {
        var line = lines[index];
        var text = LineText.Normalized(line).Trim();
        if (text.StartsWith("Statement Period", StringComparison.OrdinalIgnoreCase))
        {
            _period ??= PeriodParser.TryParse(text, "Statement Period");
            return 1;
        }

        if (_summary.TryStart(line))
        {
            CloseRow();
            return 1;
        }

        if (CardholderHeader.TryRead(line) is { } header)
        {
            CloseRow();
            _summary.End();
            StartSection(header, page);
            return 1;
        }

        if (_summary.Active && _summary.TryRead(line, page))
        {
            return 1;
        }

        if (_section is not null && !_rows.IsOpen && CardholderHeader.TryReadCardNumber(line) is { } last4)
        {
            _section.CardLast4 ??= last4;
            return 1;
        }

        if (_section is not null && !_rows.IsOpen && CardholderHeader.TryReadEmployeeId(line) is { } employee)
        {
            _section.EmployeeId ??= employee;
            return 1;
        }

        if (HeaderReader.TryRead(lines, index, StatementVocabulary.Transactions, StatementVocabulary.IsTransactionTable,
            out var count) is { } columns)
        {
            CloseRow();
            _columns = columns;
            return count;
        }

        ReadTableLine(line, text, page);
        return 1;
    }

    private void ReadTableLine(LayoutLine line, string text, int page)
    {
        if (_section is not null && SectionTotalLine.TryRead(line, _columns) is { } total)
        {
            CloseRow();
            _section.Total ??= total;
            _section.TotalPage ??= page;
            return;
        }

        if (StatementTotalLine.TryRead(text) is { } statementTotal)
        {
            CloseRow();
            _closingTotal ??= statementTotal;
            _closingTotalPage ??= page;
            return;
        }

        if (_columns is null || _section is null)
        {
            return;
        }

        _rows.Read(line, _columns, _section, page, _period);
    }

    private void StartSection(CardholderHeader header, int page)
    {
        if (_section is not null && _section.IsSame(header))
        {
            _section.Touch(page);
            return;
        }

        _section = new StatementSectionBuilder(header, page);
        _sections.Add(_section);
    }

    private void CloseRow() => _rows.Close(_section, _period);
}
