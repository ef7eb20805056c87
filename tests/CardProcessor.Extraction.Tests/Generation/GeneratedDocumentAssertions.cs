using System.Text.Json.Nodes;
using CardProcessor.Extraction.Json;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Tests.Fixtures;

namespace CardProcessor.Extraction.Tests.Generation;

internal static class GeneratedDocumentAssertions
{
    public static ExtractedDocument Extract(GeneratedDocument document)
    {
        using var pdf = new MemoryStream(document.Pdf);
        return new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
    }

    /// <summary>The document extracts exactly to what was generated, and reconciles with its own totals.</summary>
    public static void RoundTripsExactly(GeneratedDocument document)
    {
        var extracted = Extract(document);
        var json = JsonNode.Parse(ExtractedDocumentJson.Serialize(extracted))!.AsObject();
        var differences = GroundTruthComparer.Differences(json, document.GroundTruth);
        Assert.True(differences.Count == 0,
            $"{document.Name}: {differences.Count} differences:\n{string.Join('\n', differences.Take(25))}");
        Assert.True(extracted.Findings.Count == 0, $"{document.Name}: "
            + string.Join('\n', extracted.Findings.Take(10).Select(f => $"{f.Code}: {f.Message}")));
    }
}
