namespace CardProcessor.Extraction.Tests.Hostile;

/// <summary>One hostile file and what must become of it through the CLI and through the upload.</summary>
/// <param name="CliExit">The CLI's exit code (0 read, 3 unreadable, 4 unrecognised, 6 over a limit).</param>
/// <param name="CliMessage">A fragment of the CLI's one-line reason on standard error.</param>
/// <param name="ApiStatus">The upload's status (201, 400, 413, 415, 422).</param>
/// <param name="ApiMessage">A fragment of the ProblemDetails detail, or null for 201.</param>
public sealed record HostileCase(
    string Name,
    Func<byte[]> Build,
    int CliExit,
    string CliMessage,
    int ApiStatus,
    string? ApiMessage)
{
    public override string ToString() => Name;
}
