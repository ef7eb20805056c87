namespace KeyVaultEmulator.Api;

/// <summary>
/// The api-versions whose secret operations the emulator answers: the 7.x line and the dated versions that
/// Azure.Security.KeyVault.Secrets 4.9+ sends (4.12 sends 2026-04-01). The secret shapes are the same in all.
/// </summary>
internal static class ApiVersions
{
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6-preview.2", "7.6", "2025-07-01", "2026-04-01",
    };
}
