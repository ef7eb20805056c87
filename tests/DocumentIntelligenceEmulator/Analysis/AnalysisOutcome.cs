using System.Text.Json.Nodes;

namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>How an analysis will end: with <paramref name="Result"/>, or failed with <paramref
/// name="Error"/>.</summary>
/// <param name="Source">Where the answer came from, for the log: the text layer or a sidecar's name.</param>
internal sealed record AnalysisOutcome(JsonObject? Result, JsonObject? Error, string Source);
