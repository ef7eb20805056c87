using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using KeyVaultEmulator;
using KeyVaultEmulator.Diagnostics;

namespace CardProcessor.ServiceDefaults.Tests.Support;

/// <summary>
/// A Key Vault emulator of its own for one test, on a free loopback port over HTTPS, and the production
/// <see cref="SecretClient"/> pointed at it. One per test because the client caches the vault's challenge per
/// host and port for the whole process: a fresh port is a vault the client has never seen.
/// </summary>
internal sealed class EmulatedVault : IAsyncDisposable
{
    private EmulatedVault(RunningEmulator emulator) => Emulator = emulator;

    public RunningEmulator Emulator { get; }

    public Uri VaultUri => Emulator.VaultUri;

    public VaultScopeTokenCredential Credential { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => Emulator.Requests.Snapshot();

    /// <param name="secrets">Seeded as <c>--secret Name=Value</c>, as a developer starts the emulator.</param>
    public static async Task<EmulatedVault> StartAsync(IEnumerable<KeyValuePair<string, string>>? secrets = null,
        int? pageSize = null)
    {
        List<string> args = ["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"];
        foreach (var (name, value) in secrets ?? [])
        {
            args.AddRange(["--secret", $"{name}={value}"]);
        }

        if (pageSize is { } size)
        {
            args.AddRange(["--page-size", size.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return new EmulatedVault(
            await EmulatorApp.StartAsync([.. args], cancellationToken: TestContext.Current.CancellationToken));
    }

    public SecretClient CreateClient() => new(VaultUri, Credential, ClientOptions());

    /// <summary>
    /// The production client's options but for two things the emulator cannot be: a certificate from a public
    /// authority (the transport trusts the emulator's own, by thumbprint, and nothing else) and a host under
    /// <c>vault.azure.net</c> (the client checks that the challenge's resource matches the vault's domain, which
    /// 127.0.0.1 never does). No retries: a failing vault fails at once, and a vault that cannot be reached fails
    /// with one <see cref="Azure.RequestFailedException"/> rather than the <see cref="AggregateException"/> that the
    /// retry policy throws after several attempts, which the provider does not catch (see
    /// <c>ReloadTests.A_vault_that_cannot_be_reached_during_a_reload_keeps_the_previous_values</c>): a reload
    /// still under way when a test stops its emulator would otherwise end the test host.
    /// </summary>
    public SecretClientOptions ClientOptions()
    {
        var options = new SecretClientOptions
        {
            Transport = new HttpClientTransport(Emulator.CreateTrustingHandler()),
            DisableChallengeResourceVerification = true,
        };
        options.Retry.MaxRetries = 0;
        return options;
    }

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
