namespace KeyVaultEmulator;

/// <summary>
/// Turns each <c>--secret Name=Value</c> into <c>--Emulator:Secrets:Name=Value</c>. The command-line configuration
/// provider keeps only the last of a repeated switch, and a vault is seeded with many secrets.
/// </summary>
internal static class CommandLineSecrets
{
    private const string Switch = "--secret";

    public static string[] Expand(string[] args)
    {
        var expanded = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == Switch)
            {
                var pair = i + 1 < args.Length ? args[++i]
                    : throw new ArgumentException($"{Switch} needs Name=Value.", nameof(args));
                expanded.Add($"--{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.Secrets)}:{Pair(pair)}");
            }
            else if (args[i].StartsWith(Switch + "=", StringComparison.Ordinal))
            {
                expanded.Add($"--{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.Secrets)}:"
                    + $"{Pair(args[i][(Switch.Length + 1)..])}");
            }
            else
            {
                expanded.Add(args[i]);
            }
        }

        return [.. expanded];
    }

    private static string Pair(string pair) =>
        pair.IndexOf('=', StringComparison.Ordinal) > 0 ? pair
            : throw new ArgumentException($"'{pair}' is not Name=Value.", nameof(pair));
}
