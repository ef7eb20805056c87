using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class ExportAuditTests(ReportsFixture reports)
{
    [Fact]
    public async Task Every_export_writes_an_audit_row_naming_the_caller_the_format_the_dataset_and_the_rows()
    {
        using var client = reports.ClientFor("Processor");

        var csv = CsvTable.Parse(await client.ExportCsvAsync(reports.HostileSessionId, "transactions"));
        using var workbook = new XLWorkbook(await client.ExportWorkbookAsync(reports.HostileSessionId));

        await using var db = reports.Api.Database.CreateContext();
        var audits = await db
            .AuditLog.Where(a =>
                a.Action == "report.exported"
                && a.EntityType == "session"
                && a.EntityId == reports.HostileSessionId.ToString()
                && a.Actor == "processor@tests.local")
            .ToListAsync();
        var csvAudit = Assert.Single(audits, a => a.After!.RootElement.GetProperty("format").GetString() == "csv");
        Assert.Equal("transactions", csvAudit.After!.RootElement.GetProperty("dataset").GetString());
        Assert.Equal(csv.Rows.Count, csvAudit.After.RootElement.GetProperty("rows").GetInt32());
        Assert.NotNull(csvAudit.CorrelationId);
        var workbookAudit = Assert.Single(audits, a =>
            a.After!.RootElement.GetProperty("format").GetString() == "xlsx");
        Assert.Equal(
            workbook.Worksheets.Sum(w => w.RowsUsed().Count() - 1),
            workbookAudit.After!.RootElement.GetProperty("rows").GetInt32());
    }
}
