namespace KeyVaultEmulator.Diagnostics;

/// <summary>One request as the emulator saw it, for tests to assert on what a client sent.</summary>
/// <param name="Query">The raw query string, with its leading <c>?</c>.</param>
/// <param name="AuthorizationScheme">The first word of the <c>Authorization</c> header (<c>Bearer</c>), or null without
/// one.</param>
/// <param name="TokenAudiences">The <c>aud</c> of the bearer token; empty without a readable token.</param>
/// <param name="ClientRequestId">Azure.Core's <c>x-ms-client-request-id</c>: the same on every retry of one
/// call.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? AuthorizationScheme,
    IReadOnlyList<string> TokenAudiences,
    bool HasBody,
    string? ClientRequestId,
    int StatusCode);
