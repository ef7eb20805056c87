using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CardProcessor.Extraction.Json;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Tests.Fixtures;

/// <summary>Extracts each fixture once per test run (the largest take a second), shared by the tests that look at
/// it.</summary>
internal static class FixtureExtraction
{
    private static readonly ConcurrentDictionary<string, Lazy<ExtractedDocument>> _documents = new();

    public static ExtractedDocument Extract(string relativePath) =>
        _documents.GetOrAdd(relativePath, path => new Lazy<ExtractedDocument>(() =>
        {
            using var pdf = File.OpenRead(SharedFixtures.PathOf(path));
            return new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
        })).Value;

    public static JsonObject ExtractJson(string relativePath) =>
        JsonNode.Parse(ExtractedDocumentJson.Serialize(Extract(relativePath)))!.AsObject();

    public static JsonObject GroundTruth(string relativePath) =>
        JsonNode.Parse(
            File.ReadAllText(SharedFixtures.PathOf(Path.ChangeExtension(relativePath, ".json"))))!.AsObject();
}
