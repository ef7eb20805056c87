using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>A generated PDF and what it truly contains, in the fixtures' ground-truth schema.</summary>
internal sealed record GeneratedDocument(string Name, byte[] Pdf, JsonObject GroundTruth)
{
    public override string ToString() => Name;
}
