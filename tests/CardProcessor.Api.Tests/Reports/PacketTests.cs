using System.IO.Compression;
using CardProcessor.Data.Issues;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class PacketTests(ReportsFixture reports)
{
    [Fact]
    public async Task Each_card_gets_a_pdf_of_its_statement_then_its_receipt_pages_filed_by_whether_it_is_finished()
    {
        await using var db = reports.Api.Database.CreateContext();
        var id = reports.FixtureSessionId;
        var cards = await db.StatementCards.Where(c => c.SessionId == id).Include(c => c.Card).ToListAsync();
        var receipts = await db.Receipts.Where(r => r.SessionId == id).ToListAsync();
        var open = await db
            .ValidationIssues.Where(i =>
                i.SessionId == id && (i.Status == IssueStatus.Open || i.Status == IssueStatus.Reopened))
            .ToListAsync();

        using var zip = new ZipArchive(
            await reports.ClientFor("ReadOnly").ExportPacketsAsync(id),
            ZipArchiveMode.Read);

        Assert.Equal(cards.Count, zip.Entries.Count);
        foreach (var card in cards)
        {
            var own = receipts.Where(r => r.CardId == card.CardId).OrderBy(r => r.Sequence).ToList();
            var finished = !open.Any(i => i.CardId == card.CardId || own.Any(r => r.Id == i.ReceiptId));
            var last4 = card.Card!.Last4;
            var entry = Assert.Single(zip.Entries, e => e.Name.EndsWith($" - {last4}.pdf", StringComparison.Ordinal));
            Assert.Equal(finished ? "Finished/" : "Unfinished/", entry.FullName[..(entry.FullName.IndexOf('/') + 1)]);
            Assert.DoesNotContain("..", entry.FullName, StringComparison.Ordinal);

            using var pdf = PdfDocument.Open(await ReadAllAsync(entry));
            Assert.Equal(card.Pages.Count + own.Count, pdf.NumberOfPages);
            foreach (var page in Enumerable.Range(1, card.Pages.Count))
            {
                // The statement prints the masked number (555555XXXXXX9181) on every page of the card's section.
                Assert.Contains("XXXXXX" + last4, pdf.GetPage(page).Text, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var (receipt, page) in own.Select((r, i) => (r, card.Pages.Count + i + 1)))
            {
                var text = pdf.GetPage(page).Text;
                Assert.Contains(receipt.EmployeeName, text, StringComparison.Ordinal);
                Assert.Contains(receipt.ExpenseTransactionId!, text, StringComparison.Ordinal);
            }

            if (!card.Card!.IsVehicle && own.Count > 0)
            {
                Assert.StartsWith(own[0].EmployeeName, entry.Name, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Taking_the_packets_is_audited_with_the_number_of_files()
    {
        using var packets = await reports.ClientFor("Reviewer").ExportPacketsAsync(reports.FixtureSessionId);

        await using var db = reports.Api.Database.CreateContext();
        var audit = await db
            .AuditLog.Where(a =>
                a.Action == "report.exported"
                && a.EntityId == reports.FixtureSessionId.ToString()
                && a.Actor == "reviewer@tests.local")
            .OrderByDescending(a => a.Id)
            .FirstAsync();
        var after = audit.After!.RootElement;
        Assert.Equal("zip", after.GetProperty("format").GetString());
        Assert.Equal("packets", after.GetProperty("dataset").GetString());
        using var zip = new ZipArchive(packets, ZipArchiveMode.Read);
        Assert.Equal(zip.Entries.Count, after.GetProperty("rows").GetInt32());
    }

    private static async Task<byte[]> ReadAllAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
