using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// Reads a card activity report page by page. Every page repeats the report block and the header
/// of the card section it continues, so the reader keys sections by everything the header prints
/// (never the masked number alone, which two cards can share) and joins them; a transaction stays
/// open across a page break until its <c>Transaction Totals</c> line.
/// </summary>
internal sealed class CardActivityReportReader : IDocumentReader
{
    private readonly ReportFields _report = new();
    private readonly CardSectionHeaderReader _header = new();
    private readonly List<CardSectionBuilder> _sections = [];
    private readonly List<ProductSummaryRow> _products = [];
    private readonly List<ExtractionFinding> _findings = [];
    private readonly CategoryTotalsReader _categoryTotals = new();
    private readonly TransactionAssembler _transactions;
    private CardSectionBuilder? _section;
    private TableHeader? _columns;
    private TableHeader? _summaryColumns;
    private ProductSummaryRow? _grandTotal;
    private int _lastPage;

    public CardActivityReportReader() => _transactions = new TransactionAssembler(_findings);

    public void Read(LayoutPage page)
    {
        _lastPage = page.Number;
        var lines = LineBuilder.Build(ReportFurniture.Remove(page.Words));
        var maxValueGap = 0.25 * page.Width;

        // Columns are placed per page and per section from the header printed there; a producer
        // that does not repeat the header keeps the columns it last printed.
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (_report.TryRead(line, maxValueGap) || _header.TryRead(line, maxValueGap))
            {
                continue;
            }

            StartSection(page.Number);

            if (_categoryTotals.TryRead(lines, i, _sections, _section, page.Number, out var totalsLines))
            {
                i += totalsLines - 1;
                continue;
            }

            if (HeaderReader.TryRead(lines, i, CardActivityVocabulary.Transactions,
                CardActivityVocabulary.TransactionsRequired, out var count) is { } header)
            {
                _columns = header;
                _summaryColumns = null;
                i += count - 1;
                continue;
            }

            if (HeaderReader.TryRead(lines, i, CardActivityVocabulary.ProductSummary,
                CardActivityVocabulary.ProductSummaryRequired, out count) is { } summary)
            {
                _transactions.Close(_section);
                _summaryColumns = summary;
                _columns = null;
                i += count - 1;
                continue;
            }

            ReadRow(line, page.Number);
        }
    }

    public ExtractedDocument Complete()
    {
        // A header on the last page with nothing under it still names a card.
        StartSection(_lastPage);
        _transactions.Close(_section);
        var cardholders = _sections.Select(s => s.Build()).ToList();
        _findings.AddRange(CardActivityReconciler.Reconcile(cardholders, _sections, _products, _grandTotal));
        return new ExtractedDocument
        {
            Kind = DocumentKind.Statement,
            Layout = DocumentLayouts.CardholderActivityReport,
            Company = _report.Company,
            PeriodStart = _report.PeriodStart,
            PeriodEnd = _report.PeriodEnd,
            ProducedOn = _report.ProducedOn,
            AccountCode = _report.AccountCode,
            CustomerId = _header.FirstCustomerId,
            GrandTotal = _grandTotal?.Net,
            Cardholders = cardholders,
            Findings = _findings.ToList(),
        };
    }

    /// <summary>Switches to the section a completed header names, keeping a transaction open across pages.</summary>
    private void StartSection(int page)
    {
        if (_header.Complete() is not { } identity)
        {
            return;
        }

        if (_section is null || !_section.Identity.SameCardAs(identity))
        {
            _transactions.Close(_section);
            _section = _sections
                .Where(s => s.Identity.SameCardAs(identity))
                .OrderByDescending(s => s.Identity.SharedFields(identity))
                .FirstOrDefault();
            if (_section is null)
            {
                _section = new CardSectionBuilder(identity);
                _sections.Add(_section);
            }
        }

        _section.Merge(identity);
        _section.Touch(page);
    }

    private void ReadRow(LayoutLine line, int page)
    {
        if (LineText.StartsWith(line, "Grand Total"))
        {
            _grandTotal = ProductSummaryReader.ReadGrandTotal(line, _summaryColumns, page);
            return;
        }

        if (_summaryColumns is not null)
        {
            if (ProductSummaryReader.TryReadRow(line, _summaryColumns, page) is { } product)
            {
                _products.Add(product);
            }

            return;
        }

        if (LineText.Contains(line, "Transaction Totals:"))
        {
            _transactions.AddTotals(line, page, _section);
            return;
        }

        if (_columns is null || _section is null)
        {
            return;
        }

        var row = LineItemRow.TryRead(_columns.Split(line), _report.PeriodStart, _report.PeriodEnd, out var unreadable);
        if (row is null)
        {
            if (unreadable)
            {
                _findings.Add(FindingFactory.Note(
                    FindingCodes.UnreadableRow,
                    $"A line item row on page {FindingFactory.Format(page)} starts with a date but its amounts cannot "
                        + $"be read.",
                    _section.LastFour,
                    page: page));
            }

            return;
        }

        _transactions.AddRow(row, page, _section);
    }
}
