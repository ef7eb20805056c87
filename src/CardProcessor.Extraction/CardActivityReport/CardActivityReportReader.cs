using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// Reads a card activity report page by page. Every page repeats the report block and the header
/// of the card section it continues, so the reader keys sections by card number and joins them;
/// a transaction stays open across a page break until its <c>Transaction Totals</c> line.
/// </summary>
internal sealed class CardActivityReportReader : IDocumentReader
{
    private readonly ReportFields _report = new();
    private readonly List<CardSectionBuilder> _sections = [];
    private readonly List<ProductSummaryRow> _products = [];
    private readonly List<ExtractionFinding> _findings = [];
    private readonly CategoryTotalsReader _categoryTotals = new();
    private readonly TransactionAssembler _transactions;
    private CardSectionBuilder? _section;
    private TableHeader? _columns;
    private TableHeader? _summaryColumns;
    private ProductSummaryRow? _grandTotal;

    public CardActivityReportReader() => _transactions = new TransactionAssembler(_findings);

    public void Read(LayoutPage page)
    {
        var lines = LineBuilder.Build(ReportFurniture.Remove(page.Words));
        var maxValueGap = 0.25 * page.Width;

        // Columns are placed per page and per section from the header printed there; a producer
        // that does not repeat the header keeps the columns it last printed.
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (_report.TryRead(line, maxValueGap) || ReadSectionHeader(line, maxValueGap, page.Number))
            {
                continue;
            }

            if (_categoryTotals.TryRead(lines, i, _sections, page.Number, out var totalsLines))
            {
                i += totalsLines - 1;
                continue;
            }

            if (HeaderReader.TryRead(lines, i, CardActivityVocabulary.Transactions, CardActivityVocabulary.TransactionsRequired, out var count) is { } header)
            {
                _columns = header;
                _summaryColumns = null;
                i += count - 1;
                continue;
            }

            if (HeaderReader.TryRead(lines, i, CardActivityVocabulary.ProductSummary, CardActivityVocabulary.ProductSummaryRequired, out count) is { } summary)
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
            CustomerId = _report.CustomerId,
            GrandTotal = _grandTotal?.Net,
            Cardholders = cardholders,
            Findings = _findings.ToList(),
        };
    }

    private bool ReadSectionHeader(LayoutLine line, double maxValueGap, int page)
    {
        var cardNumber = LabeledValue.Find(line, "Card Number:", maxValueGap) ?? LabeledValue.Find(line, "Card Token:", maxValueGap);
        if (cardNumber is not null)
        {
            if (cardNumber.Length > 0 && !cardNumber.Equals("ALL", StringComparison.OrdinalIgnoreCase))
            {
                StartSection(cardNumber, page);
            }

            return true;
        }

        if (LabeledValue.Find(line, "Cardholder Name:", maxValueGap) is { } name)
        {
            if (_section is not null && name.Length > 0)
            {
                _section.Name ??= name;
            }

            return true;
        }

        if (LabeledValue.Find(line, "Employee ID:", maxValueGap) is { } employee)
        {
            if (_section is not null && employee.Length > 0)
            {
                _section.EmployeeId ??= employee;
            }

            return true;
        }

        return LabeledValue.Find(line, "Employee Number:", maxValueGap) is not null;
    }

    private void StartSection(string cardNumber, int page)
    {
        if (_section?.CardNumber != cardNumber)
        {
            _transactions.Close(_section);
            _section = _sections.FirstOrDefault(s => s.CardNumber == cardNumber);
            if (_section is null)
            {
                _section = new CardSectionBuilder(cardNumber);
                _sections.Add(_section);
            }
        }

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
                    $"A line item row on page {FindingFactory.Format(page)} starts with a date but its amounts cannot be read.",
                    _section.LastFour,
                    page: page));
            }

            return;
        }

        _transactions.AddRow(row, page, _section);
    }
}
