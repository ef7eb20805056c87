using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class WorkbookPackageTests(ReportsFixture reports)
{
    [Fact]
    public async Task The_workbook_package_is_valid_spreadsheetml_so_excel_opens_it_without_repairs()
    {
        foreach (var session in new[] { reports.FixtureSessionId, reports.HostileSessionId })
        {
            using var document = SpreadsheetDocument.Open(
                await reports.ClientFor("ReadOnly").ExportWorkbookAsync(session),
                isEditable: false);

            var errors = new OpenXmlValidator(FileFormatVersions.Office2013)
                .Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
                .ToList();

            Assert.Empty(errors);
        }
    }
}
