using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace DocumentIntelligenceEmulator.Sidecars;

/// <summary>Finds the sidecar of a document in the <c>--sidecars</c> folder; see <see
/// cref="EmulatorSidecars"/>.</summary>
internal sealed class SidecarStore(IOptions<EmulatorOptions> options)
{
    /// <summary>The sidecar for the document and model, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The sidecar file is not JSON.</exception>
    public Sidecar? Find(ReadOnlySpan<byte> document, string modelId)
    {
        var directory = options.Value.Sidecars;
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        var forModel = EmulatorSidecars.FileName(document, modelId);
        foreach (var name in (ReadOnlySpan<string>)[forModel, EmulatorSidecars.FileName(document)])
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                var content = JsonNode.Parse(File.ReadAllText(path))
                    ?? throw new InvalidDataException($"Sidecar {name} is empty.");
                return new Sidecar(content, name, IsForModel: name == forModel);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"Sidecar {name} is not JSON: {e.Message}", e);
            }
        }

        return null;
    }

    /// <summary>The name a sidecar for this document would have, for messages.</summary>
    public static string ExpectedName(ReadOnlySpan<byte> document) => EmulatorSidecars.FileName(document);
}
