using System.Text;
using System.Xml;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Streams a skeleton sheet's XML to the output unchanged except for two things: the data rows go in
/// after the header row, and the dimension covers them. Each column's style (its number format) is
/// read from the sheet's own <c>&lt;col&gt;</c> elements, so the cells look as the skeleton declared.
/// </summary>
internal static class SheetXml
{
    public static void Rewrite(Stream skeleton, Stream output, IWorkbookSheet sheet)
    {
        using var reader = XmlReader.Create(
            skeleton, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        using var writer = XmlWriter.Create(
            output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        var styles = Enumerable.Repeat("0", sheet.Headers.Count).ToArray();
        var lastCell = SheetRowWriter.ColumnLetters(sheet.Headers.Count - 1)
            + (sheet.RowCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    writer.WriteStartDocument(standalone: true);
                    break;
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    var (prefix, name, ns) = (reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    if (name == "col")
                    {
                        ReadColumnStyle(reader, styles);
                    }

                    writer.WriteStartElement(prefix, name, ns);
                    if (name == "dimension")
                    {
                        writer.WriteAttributeString("ref", "A1:" + lastCell);
                    }
                    else
                    {
                        writer.WriteAttributes(reader, defattr: true);
                    }

                    if (empty)
                    {
                        if (name == "sheetData")
                        {
                            sheet.WriteRows(new SheetRowWriter(writer, prefix, ns, styles));
                        }

                        writer.WriteEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.LocalName == "sheetData")
                    {
                        sheet.WriteRows(new SheetRowWriter(writer, reader.Prefix, reader.NamespaceURI, styles));
                    }

                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                default:
                    break;
            }
        }
    }

    private static void ReadColumnStyle(XmlReader reader, string[] styles)
    {
        var style = reader.GetAttribute("style") ?? "0";
        var min = int.Parse(reader.GetAttribute("min")!, System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(reader.GetAttribute("max")!, System.Globalization.CultureInfo.InvariantCulture);
        for (var column = min; column <= Math.Min(max, styles.Length); column++)
        {
            styles[column - 1] = style;
        }
    }
}
