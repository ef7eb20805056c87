namespace CardProcessor.Cli.Hostile;

/// <param name="Statement">The statement padded to the size limit.</param>
/// <param name="Cli">The CLI assembly measured; this one when null.</param>
/// <param name="BombBytes">What the bomb page inflates to (issue 12 measured 4 GiB).</param>
/// <param name="Api">An API to upload to (with <paramref name="Token"/>); none when null.</param>
/// <param name="ApiPid">The API's process id, to read its peak resident set.</param>
internal sealed record HostileBenchOptions(
    string Statement,
    string? Cli,
    long BombBytes,
    string? Api,
    string? Token,
    int? ApiPid);
