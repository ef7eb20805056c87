namespace CardProcessor.Api.Reports;

/// <param name="Format">xlsx, csv or zip.</param>
/// <param name="Dataset">The CSV dataset, the workbook or the packets.</param>
/// <param name="Rows">Data rows written (for packets: PDF files).</param>
internal sealed record ExportRecord(string Format, string Dataset, long Rows);
