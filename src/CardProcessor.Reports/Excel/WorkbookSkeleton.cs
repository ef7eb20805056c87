using ClosedXML.Excel;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Lays the workbook out with ClosedXML: sheets, header rows, column number formats and fitted widths,
/// frozen headers and an autofilter over the rows to come. The rows themselves are written by
/// <see cref="WorkbookRows"/>: ClosedXML 0.95 (the newest version the registry serves here) needs
/// about 10 µs a cell to fill and save, 15 s for one 100,000-row sheet, far over the 10 s budget for
/// the whole workbook of such a session.
/// </summary>
internal static class WorkbookSkeleton
{
    public static void Write(Stream output, IReadOnlyList<IWorkbookSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var sheet in sheets)
        {
            var worksheet = workbook.AddWorksheet(sheet.Name);
            var widths = sheet.FittedWidths();
            for (var c = 0; c < sheet.Headers.Count; c++)
            {
                var column = worksheet.Column(c + 1);
                column.Style.NumberFormat.Format = CellFormats.Of(sheet.Kinds[c]);
                column.Width = widths[c];
                worksheet.Cell(1, c + 1).SetValue(sheet.Headers[c]);
            }

            var header = worksheet.Range(1, 1, 1, sheet.Headers.Count).Style;
            header.Font.Bold = true;
            header.Fill.BackgroundColor = XLColor.FromHtml("#D9E1F2");
            header.Border.BottomBorder = XLBorderStyleValues.Thin;
            worksheet.SheetView.FreezeRows(1);
            worksheet.Range(1, 1, sheet.RowCount + 1, sheet.Headers.Count).SetAutoFilter();
        }

        workbook.SaveAs(output, new SaveOptions
        {
            ValidatePackage = false,
            EvaluateFormulasBeforeSaving = false,
            GenerateCalculationChain = false,
        });
    }
}
