namespace KeyVaultEmulator.Diagnostics;

internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Challenged {Method} {Path}: {Reason}")]
    public static partial void Challenged(ILogger logger, string method, string path, string reason);

    [LoggerMessage(2, LogLevel.Information, "Answered {Method} {Path} with {StatusCode}: the vault is in an outage")]
    public static partial void OutageAnswered(ILogger logger, string method, string path, int statusCode);

    [LoggerMessage(3, LogLevel.Information, "Seeded {Count} secrets")]
    public static partial void Seeded(ILogger logger, int count);
}
