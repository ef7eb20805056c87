using System.Text.Json;

namespace CardProcessor.Cli.Tokens;

/// <summary>The local development token issuer (src/CardProcessor.DevIdentity).</summary>
internal static class LocalIssuer
{
    public const string DefaultAddress = "http://127.0.0.1:5180";
    public const string DefaultTenant = "11111111-1111-1111-1111-111111111111";

    /// <summary>
    /// The local issuer signs whatever it is asked for, so asking it for a token only makes sense outside
    /// Production: the command refuses when the environment says Production.
    /// </summary>
    public static string? RefusalReason()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        return string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase)
            ? "refused, the environment is Production; use a token from Entra ID."
            : null;
    }

    public static async Task<string> RequestTokenAsync(
        Uri issuer,
        string tenant,
        IReadOnlyCollection<string> roles,
        string user,
        CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = issuer, Timeout = TimeSpan.FromSeconds(10) };
        var fields = roles.Select(role => new KeyValuePair<string, string>("role", role))
            .Append(new("username", user));
        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync($"{tenant}/oauth2/v2.0/token", form, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
