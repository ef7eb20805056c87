using System.Text.Json.Nodes;
using DocumentIntelligenceEmulator.Api;
using DocumentIntelligenceEmulator.Diagnostics;
using DocumentIntelligenceEmulator.Sidecars;

namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>
/// Answers an analysis: from the document's sidecar when there is one, else from a PDF's text layer for the
/// layout, read and receipt models. An image without a sidecar fails the operation, since nothing here can
/// read pixels.
/// </summary>
internal sealed class DocumentAnalyzer(SidecarStore sidecars, ILogger<DocumentAnalyzer> logger)
{
    public const string LayoutModel = "prebuilt-layout";
    public const string ReadModel = "prebuilt-read";
    public const string ReceiptModel = "prebuilt-receipt";

    private static readonly HashSet<string> _builtInModels = new(StringComparer.Ordinal) { LayoutModel, ReadModel,
        ReceiptModel };

    /// <summary>A built-in model, or any model that has a sidecar of its own for this document.</summary>
    public bool Knows(string modelId, byte[] document) =>
        _builtInModels.Contains(modelId) || sidecars.Find(document, modelId) is { IsForModel: true };

    /// <exception cref="CardProcessor.Extraction.UnreadablePdfException">The PDF cannot be read.</exception>
    public AnalysisOutcome Analyze(string modelId, byte[] document, DocumentFormat format, Func<int, bool>? includePage,
        string stringIndexType, string resultId)
    {
        Sidecar? sidecar;
        try
        {
            sidecar = sidecars.Find(document, modelId);
        }
        catch (InvalidDataException e)
        {
            return Failed("EmulatorSidecarInvalid", e.Message, "sidecar");
        }

        if (sidecar is not null)
        {
            return FromSidecar(modelId, sidecar.Content, sidecar.FileName, includePage, stringIndexType);
        }

        if (format != DocumentFormat.Pdf)
        {
            return Failed("EmulatorSidecarMissing",
                $"The emulator cannot read images: add the sidecar {SidecarStore.ExpectedName(document)}.", "none");
        }

        var pages = TextLayerReader.Read(document, includePage);
        var result = LayoutResultWriter.Write(modelId, pages, stringIndexType);
        var warnings = new JsonArray();
        foreach (var page in pages.Where(p => p.Words.Count == 0))
        {
            EmulatorLog.PageWithoutWords(logger, resultId, page.Number, SidecarStore.ExpectedName(document));
            warnings.Add(new JsonObject
            {
                ["code"] = "EmulatorNoTextLayer",
                ["message"] = $"Page {page.Number} has no text layer and there is no sidecar "
                    + $"{SidecarStore.ExpectedName(document)}.",
                ["target"] = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        if (warnings.Count > 0)
        {
            result["warnings"] = warnings;
        }

        if (modelId == ReceiptModel)
        {
            // The receipt fields need a sidecar; without one the model found no receipt.
            result["documents"] = new JsonArray();
        }

        return new AnalysisOutcome(result, null, "text layer");
    }

    private static AnalysisOutcome FromSidecar(string modelId, JsonNode sidecar, string name,
        Func<int, bool>? includePage, string stringIndexType)
    {
        if (sidecar["analyzeResult"] is JsonObject saved)
        {
            sidecar = saved;
        }

        if (sidecar is not JsonObject root)
        {
            return Failed("EmulatorSidecarInvalid", $"Sidecar {name} is not a JSON object.", name);
        }

        if (root.ContainsKey("content"))
        {
            var result = (JsonObject)root.DeepClone();
            result["modelId"] = modelId;
            return new AnalysisOutcome(result, null, name);
        }

        if (root["pages"] is not JsonArray pages)
        {
            return Failed("EmulatorSidecarInvalid", $"Sidecar {name} has neither analyzeResult, content nor pages.",
                name);
        }

        try
        {
            var selected = EmulatorSidecars.ReadPages(pages).Where(page => includePage?.Invoke(page.Number) ?? true)
                .ToList();
            var written = LayoutResultWriter.Write(modelId, selected, stringIndexType);
            if (modelId == ReceiptModel)
            {
                written["documents"] = new JsonArray();
            }

            return new AnalysisOutcome(written, null, name);
        }
        catch (InvalidDataException e)
        {
            return Failed("EmulatorSidecarInvalid", $"Sidecar {name}: {e.Message}", name);
        }
    }

    private static AnalysisOutcome Failed(string innerCode, string message, string source) =>
        new(null, ServiceErrors.Error("InternalServerError", "An unexpected error occurred.", innerCode, message),
            source);
}
