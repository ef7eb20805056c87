namespace CardProcessor.Cli.Tokens;

/// <summary>
/// Which local issuer a command asks for tokens: <c>--issuer</c> when given; else the address a running issuer
/// keeps in <c>.local/dev-identity/address</c>, looked for above the current folder and then above this
/// program; else the issuer's default address.
/// </summary>
internal sealed record IssuerAddress(Uri Address, string Source)
{
    public static readonly string RelativeFile = Path.Combine(".local", "dev-identity", "address");

    /// <exception cref="UriFormatException"><c>--issuer</c> is not an absolute http(s) address.</exception>
    public static IssuerAddress Resolve(string? option, params string[] searchFrom)
    {
        if (option is not null)
        {
            return Uri.TryCreate(option, UriKind.Absolute, out var given) && given.Scheme is "http" or "https"
                ? new(given, "--issuer")
                : throw new UriFormatException($"--issuer {option} is not an http(s) address.");
        }

        foreach (var start in searchFrom)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (Remembered(Path.Combine(directory.FullName, RelativeFile)) is { } remembered)
                {
                    return remembered;
                }
            }
        }

        return new(new Uri(LocalIssuer.DefaultAddress), "the default address");
    }

    /// <summary>Above the current folder first (a checkout's own issuer), then above this program.</summary>
    public static IssuerAddress Resolve(string? option) =>
        Resolve(option, Environment.CurrentDirectory, AppContext.BaseDirectory);

    public override string ToString() => $"{Address.ToString().TrimEnd('/')} ({Source})";

    private static IssuerAddress? Remembered(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        // A file being replaced or left damaged is passed over like a missing one.
        var text = File.ReadAllText(file).Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var address) ? new(address, file) : null;
    }
}
