using CardProcessor.Data.Cards;
using CardProcessor.Data.Issues;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class WorkbookTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task The_workbook_has_its_sheets_with_frozen_filtered_headers_and_fitted_widths()
    {
        using var workbook = new XLWorkbook(await _reader.ExportWorkbookAsync(reports.FixtureSessionId));

        Assert.Equal(
            ["Summary", "Receipt Issue Details", "Transactions", "Line Items", "Receipts", "Issues"],
            workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(
            [
                "Name",
                "Employee ID",
                "Card",
                "Card Activity Total",
                "Receipt Total",
                "Receipt Count",
                "Missing Receipt Amount",
                "Status",
                "Open Issues",
            ],
            Headers(workbook.Worksheet("Summary")));
        Assert.Equal(
            [
                "Name",
                "Expense",
                "Date",
                "Amount",
                "Purpose",
                "Merchant Name",
                "Merchant Address",
                "Status",
                "Card",
                "Transaction #",
            ],
            Headers(workbook.Worksheet("Receipt Issue Details")));
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled, sheet.Name);
            Assert.Equal(sheet.LastRowUsed()!.RowNumber(), sheet.AutoFilter.Range.LastRow().RowNumber());
            Assert.All(sheet.ColumnsUsed(), c => Assert.InRange(c.Width, 8, 61));
            Assert.True(sheet.Row(1).Cell(1).Style.Font.Bold, sheet.Name);
        }

        var transactions = workbook.Worksheet("Transactions");
        var merchant = Column(transactions, "Merchant");
        Assert.True(
            transactions.Column(merchant).Width > "Merchant".Length,
            "fitted to the merchant names, not the header");
    }

    [Fact]
    public async Task The_summary_has_one_row_per_card_whose_totals_and_status_equal_the_database()
    {
        await using var db = reports.Api.Database.CreateContext();
        var id = reports.FixtureSessionId;
        var cards = await db
            .StatementCards.Where(c => c.SessionId == id)
            .Select(c => new
            {
                c.CardId,
                c.Card!.Last4,
                c.Card.IsVehicle,
                c.HolderName,
            })
            .ToListAsync();
        var totals = await db
            .Transactions.Where(t => t.SessionId == id)
            .GroupBy(t => t.CardId)
            .Select(g => new { g.Key, Total = g.Sum(t => t.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Total);
        var receipts = await db.Receipts.Where(r => r.SessionId == id).ToListAsync();
        var open = await db
            .ValidationIssues.Where(i =>
                i.SessionId == id && (i.Status == IssueStatus.Open || i.Status == IssueStatus.Reopened))
            .ToListAsync();

        using var workbook = new XLWorkbook(await _reader.ExportWorkbookAsync(id));

        var summary = workbook.Worksheet("Summary");
        var rows = DataRows(summary).ToList();
        Assert.Equal(cards.Count, rows.Count);
        foreach (var card in cards)
        {
            var row = Assert.Single(rows, r => r.Cell(3).GetString() == card.Last4);
            var activity = row.Cell(4);
            Assert.Equal(XLDataType.Number, activity.DataType);
            Assert.Contains("$", activity.Style.NumberFormat.Format, StringComparison.Ordinal);
            Assert.Equal(totals.GetValueOrDefault(card.CardId), activity.GetValue<decimal>());
            var own = receipts.Where(r => r.CardId == card.CardId).ToList();
            Assert.Equal(own.Sum(r => r.Amount), row.Cell(5).GetValue<decimal>());
            Assert.Equal(own.Count, row.Cell(6).GetValue<int>());
            var openOnCard = open.Count(i => i.CardId == card.CardId || own.Any(r => r.Id == i.ReceiptId));
            Assert.Equal(openOnCard, row.Cell(9).GetValue<int>());
            Assert.Equal(openOnCard == 0 ? "Finished" : "Unfinished", row.Cell(8).GetString());
            if (card.IsVehicle)
            {
                Assert.Equal(0m, row.Cell(7).GetValue<decimal>());
                // Named the way a person reads it (Vehicle unit 830), not as printed (830VEHICLE UNIT).
                Assert.Equal(CardholderDisplayName.Of(card.HolderName, isVehicle: true), row.Cell(1).GetString());
                Assert.StartsWith("Vehicle unit ", row.Cell(1).GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(totals.Values.Sum(), rows.Sum(r => r.Cell(4).GetValue<decimal>()));
        Assert.Equal(receipts.Sum(r => r.Amount), rows.Sum(r => r.Cell(5).GetValue<decimal>()));
    }

    [Fact]
    public async Task The_row_sheets_hold_every_row_of_the_database_as_real_numbers_and_dates()
    {
        await using var db = reports.Api.Database.CreateContext();
        var id = reports.FixtureSessionId;
        var transactions = await db.Transactions.Where(t => t.SessionId == id).Include(t => t.LineItems).ToListAsync();
        var receipts = await db.Receipts.Where(r => r.SessionId == id).ToListAsync();
        var issues = await db.ValidationIssues.CountAsync(i => i.SessionId == id);

        using var workbook = new XLWorkbook(await _reader.ExportWorkbookAsync(id));

        var sheet = workbook.Worksheet("Transactions");
        var rows = DataRows(sheet).ToList();
        Assert.Equal(transactions.Count, rows.Count);
        var amount = Column(sheet, "Amount");
        var date = Column(sheet, "Transaction Date");
        var reference = Column(sheet, "Transaction #");
        foreach (var transaction in transactions)
        {
            var row = Assert.Single(rows, r => r.Cell(reference).GetString() == transaction.Reference);
            Assert.Equal(XLDataType.Number, row.Cell(amount).DataType);
            Assert.Equal(transaction.Amount, row.Cell(amount).GetValue<decimal>());
            Assert.Equal(XLDataType.DateTime, row.Cell(date).DataType);
            Assert.Equal(transaction.TransactionDate.ToDateTime(TimeOnly.MinValue), row.Cell(date).GetDateTime());
        }

        var lines = workbook.Worksheet("Line Items");
        Assert.Equal(transactions.Sum(t => t.LineItems.Count), DataRows(lines).Count());
        Assert.Equal(
            transactions.SelectMany(t => t.LineItems).Sum(l => l.Net),
            DataRows(lines).Sum(r => r.Cell(Column(lines, "Net")).GetValue<decimal>()));

        var receiptSheet = workbook.Worksheet("Receipts");
        Assert.Equal(receipts.Count, DataRows(receiptSheet).Count());
        Assert.Equal(
            receipts.Sum(r => r.Amount),
            DataRows(receiptSheet).Sum(r => r.Cell(Column(receiptSheet, "Amount")).GetValue<decimal>()));
        Assert.Equal(
            receipts.Where(r => r.CodingType == "Job").Select(r => r.Job).Order(),
            DataRows(receiptSheet)
                .Where(r => r.Cell(Column(receiptSheet, "Coding")).GetString() == "Job")
                .Select(r => r.Cell(Column(receiptSheet, "Job")).GetString())
                .Order());
        Assert.Equal(issues, DataRows(workbook.Worksheet("Issues")).Count());
    }

    internal static IEnumerable<IXLRow> DataRows(IXLWorksheet sheet) => sheet.RowsUsed().Skip(1);

    internal static int Column(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    private static List<string> Headers(IXLWorksheet sheet) =>
        sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
}
