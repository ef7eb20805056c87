namespace CardProcessor.Cli.Tokens;

/// <summary>What the <c>token</c> and <c>run</c> commands share: refuse in Production, find the issuer, ask.</summary>
internal static class IssuerToken
{
    public const int Refused = 3;
    public const int BadArguments = 2;
    public const int NoAnswer = 1;

    /// <summary>A token, or null and the exit code after saying on standard error why there is none.</summary>
    public static async Task<(string? Token, int ExitCode)> RequestAsync(
        string command,
        string? issuerOption,
        string tenant,
        IReadOnlyCollection<string> roles,
        string user,
        CancellationToken cancellationToken)
    {
        if (LocalIssuer.RefusalReason() is { } refusal)
        {
            await Console.Error.WriteLineAsync($"{command}: {refusal}");
            return (null, Refused);
        }

        IssuerAddress issuer;
        try
        {
            issuer = IssuerAddress.Resolve(issuerOption);
        }
        catch (UriFormatException exception)
        {
            await Console.Error.WriteLineAsync($"{command}: {exception.Message}");
            return (null, BadArguments);
        }

        try
        {
            return (await LocalIssuer.RequestTokenAsync(issuer.Address, tenant, roles, user, cancellationToken), 0);
        }
        catch (Exception exception) when (exception is HttpRequestException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await Console.Error.WriteLineAsync(
                $"{command}: the local issuer at {issuer} did not answer ({exception.Message}); "
                + "start one with scripts/demo.sh (or --distributed), or give --issuer.");
            return (null, NoAnswer);
        }
    }
}
