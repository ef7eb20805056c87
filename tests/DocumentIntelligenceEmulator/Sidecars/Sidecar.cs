using System.Text.Json.Nodes;

namespace DocumentIntelligenceEmulator.Sidecars;

/// <summary>A sidecar file's content and name.</summary>
/// <param name="IsForModel">Named for one model (<c>&lt;sha256&gt;.&lt;modelId&gt;.json</c>) rather than for
/// all.</param>
internal sealed record Sidecar(JsonNode Content, string FileName, bool IsForModel);
