using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentIntelligenceEmulator.Analysis;

namespace DocumentIntelligenceEmulator.Sidecars;

/// <summary>
/// Sidecars: what the emulator answers for a document it cannot read itself (an image, a scanned page), or
/// instead of its own reading. A sidecar is a JSON file in the <c>--sidecars</c> folder named after the SHA-256
/// of the document's bytes, <c>&lt;sha256-hex&gt;.json</c> for every model or
/// <c>&lt;sha256-hex&gt;.&lt;modelId&gt;.json</c>
/// for one model (which wins). It holds one of:
/// <list type="bullet">
/// <item>an <c>AnalyzeOperation</c> body (<c>{"status": …, "analyzeResult": {…}}</c>, e.g. a saved service
/// response);</item>
/// <item>an <c>AnalyzeResult</c> (has <c>content</c>), served as it is apart from <c>modelId</c>;</item>
/// <item>pages only, <c>{"pages": [{"pageNumber", "width", "height", "unit", "angle"?, "words": [{"content",
/// "polygon", "confidence"?}]}]}</c>: the emulator writes <c>content</c>, spans and lines around the words.</item>
/// </list>
/// The folder is read on every request, so a test can add sidecars while the emulator runs.
/// </summary>
public static class EmulatorSidecars
{
    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    /// <summary>Lower-case hex SHA-256 of the document: the sidecar's name.</summary>
    public static string Sha256(ReadOnlySpan<byte> document) => Convert.ToHexStringLower(SHA256.HashData(document));

    public static string FileName(ReadOnlySpan<byte> document, string? modelId = null) =>
        modelId is null ? $"{Sha256(document)}.json" : $"{Sha256(document)}.{modelId}.json";

    /// <summary>Writes a sidecar for <paramref name="document"/> and returns its path.</summary>
    public static string Write(string directory, ReadOnlySpan<byte> document, JsonNode sidecar, string? modelId = null)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(document, modelId));
        File.WriteAllText(path, sidecar.ToJsonString(_indented));
        return path;
    }

    /// <summary>
    /// The pages-only sidecar of a text PDF: what OCR of a faithful scan of it would read. Write it under the
    /// scan's bytes to have the emulator read the scan like the original.
    /// </summary>
    public static JsonObject PagesFromTextPdf(byte[] pdf) => PagesOf(TextLayerReader.Read(pdf));

    public static JsonObject PagesOf(IEnumerable<EmulatedPage> pages) => new()
    {
        ["pages"] = new JsonArray([.. pages.Select(page => (JsonNode)new JsonObject
        {
            ["pageNumber"] = page.Number,
            ["angle"] = page.Angle,
            ["width"] = page.Width,
            ["height"] = page.Height,
            ["unit"] = page.Unit,
            ["words"] = new JsonArray([.. page.Words.Select(word => (JsonNode)new JsonObject
            {
                ["content"] = word.Text,
                ["polygon"] = new JsonArray([.. word.Polygon.Select(p => (JsonNode)p)]),
                ["confidence"] = word.Confidence,
            })]),
        })]),
    };

    /// <exception cref="InvalidDataException">The pages lack a number, size, unit or word polygon.</exception>
    internal static List<EmulatedPage> ReadPages(JsonArray pages)
    {
        try
        {
            return pages.Select(page => new EmulatedPage(
                page!["pageNumber"]!.GetValue<int>(),
                page["width"]!.GetValue<double>(),
                page["height"]!.GetValue<double>(),
                page["unit"]!.GetValue<string>(),
                (page["words"]?.AsArray() ?? []).Select(word => new EmulatedWord(
                    word!["content"]!.GetValue<string>(),
                    word["polygon"]!.AsArray().Select(p => p!.GetValue<double>()).ToList(),
                    word["confidence"]?.GetValue<double>() ?? 1)).ToList(),
                page["angle"]?.GetValue<double>() ?? 0)).ToList();
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException(
                "A sidecar page needs pageNumber, width, height, unit, and content and polygon for each word.", e);
        }
    }
}
