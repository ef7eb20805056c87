namespace DocumentIntelligenceEmulator.Diagnostics;

/// <summary>One request as the emulator saw it, for tests to assert on what a client sent.</summary>
/// <param name="Query">The raw query string, with its leading <c>?</c>.</param>
/// <param name="ClientRequestId">Azure.Core's <c>x-ms-client-request-id</c>: the same on every retry of one
/// call.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? ContentType,
    string? UserAgent,
    string? ClientRequestId,
    int StatusCode);
