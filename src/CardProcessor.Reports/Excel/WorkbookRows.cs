using System.IO.Compression;
using System.Xml.Linq;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Copies the skeleton package to the output, writing each sheet's data rows into its XML on the way:
/// one pass, no cell objects, so a 100,000-row sheet costs what its XML costs to write.
/// </summary>
internal static class WorkbookRows
{
    private static readonly XNamespace s_package = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace s_relationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace s_spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(Stream skeleton, Stream output, IReadOnlyList<IWorkbookSheet> sheets)
    {
        using var source = new ZipArchive(skeleton, ZipArchiveMode.Read, leaveOpen: true);
        var sheetsByPart = SheetParts(source, sheets);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            using var from = entry.Open();
            using var to = copy.Open();
            if (sheetsByPart.TryGetValue(entry.FullName, out var sheet))
            {
                SheetXml.Rewrite(from, to, sheet);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    /// <summary>Which package part holds which sheet, from the workbook part and its relationships.</summary>
    private static Dictionary<string, IWorkbookSheet> SheetParts(
        ZipArchive package, IReadOnlyList<IWorkbookSheet> sheets)
    {
        var workbook = Load(package, "xl/workbook.xml");
        var relationships = Load(package, "xl/_rels/workbook.xml.rels").Root!.Elements(s_package + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var parts = new Dictionary<string, IWorkbookSheet>(StringComparer.Ordinal);
        foreach (var element in workbook.Root!.Element(s_spreadsheet + "sheets")!.Elements(s_spreadsheet + "sheet"))
        {
            var target = relationships[(string)element.Attribute(s_relationships + "id")!];
            var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
            parts.Add(path, sheets.Single(s => s.Name == (string)element.Attribute("name")!));
        }

        return parts;
    }

    private static XDocument Load(ZipArchive package, string path)
    {
        using var stream = package.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }
}
