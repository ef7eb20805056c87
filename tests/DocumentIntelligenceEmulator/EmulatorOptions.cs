using System.ComponentModel.DataAnnotations;

namespace DocumentIntelligenceEmulator;

/// <summary>How the emulator behaves; every value can be given on the command line (see <see
/// cref="EmulatorApp"/>).</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>
    /// The resource key that <c>Ocp-Apim-Subscription-Key</c> must carry. When null, requests without credentials
    /// are let through, but credentials that are sent are still checked.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Accept an Entra ID bearer token for the Cognitive Services audience instead of the key.</summary>
    public bool AcceptBearerTokens { get; set; } = true;

    /// <summary>Folder of sidecar results, <c>&lt;sha256&gt;[.&lt;modelId&gt;].json</c>; see <see
    /// cref="Sidecars.EmulatorSidecars"/>.</summary>
    public string? Sidecars { get; set; }

    /// <summary>How many polls answer <c>running</c> before the operation ends.</summary>
    [Range(0, 1000)]
    public int RunningPolls { get; set; } = 1;

    /// <summary>The <c>Retry-After</c> seconds sent with 202, <c>running</c> polls and 429s. The service sends 1 or
    /// more.</summary>
    [Range(0, 3600)]
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>The fault script for requests without an <c>x-emulator-faults</c> header; see <see
    /// cref="Faults.FaultScript"/>.</summary>
    public string? Faults { get; set; }
}
