namespace KeyVaultEmulator.Faults;

/// <summary>
/// Makes the vault answer every request with one HTTP error until ended, as a vault that is down or throttled
/// does; tests use it to see what a client keeps when its vault fails.
/// </summary>
public sealed class VaultOutage
{
    private int _statusCode;

    /// <summary>The status every request gets now, or null while the vault is up.</summary>
    public int? StatusCode => Volatile.Read(ref _statusCode) is var status and > 0 ? status : null;

    /// <param name="statusCode">A 5xx (default 503 Service Unavailable).</param>
    public void Begin(int statusCode = StatusCodes.Status503ServiceUnavailable)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        Volatile.Write(ref _statusCode, statusCode);
    }

    public void End() => Volatile.Write(ref _statusCode, 0);
}
