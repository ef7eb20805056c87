using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using CardProcessor.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CardProcessor.ServiceDefaults.Tests.KeyVault;

/// <summary>
/// The provider's timer: a changed vault is picked up and signalled, a failing one changes nothing. The timer starts
/// before the first load and does not wait for a reload to end before it starts the next, so under load a tick can
/// overlap the first load (and signal a reload of nothing new) or a slow reload that began before a change can put
/// the old value back for a tick. Hence the tests count signals only once the provider has settled, and wait for the
/// new value rather than for the first signal.
/// </summary>
public sealed class ReloadTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_secret_changed_in_the_vault_is_picked_up_and_signalled_by_the_reload_token()
    {
        await using var vault = await EmulatedVault.StartAsync(
            new Dictionary<string, string> { ["ConnectionStrings--Postgres"] = "Password=old" });
        using var configuration = await LoadSettledAsync(vault);
        var root = (IConfigurationRoot)configuration;
        using var reloads = new ReloadSignal(root);
        var settled = ListCalls(vault);
        Assert.True(await Eventually.TrueAsync(() => ListCalls(vault) >= settled + 2, s_patience),
            "the provider stopped reloading");
        Assert.Equal(0, reloads.Count);

        await vault.CreateClient()
            .SetSecretAsync("ConnectionStrings--Postgres", "Password=rotated", TestContext.Current.CancellationToken);

        Assert.True(
            await Eventually.TrueAsync(() => root.GetConnectionString("Postgres") == "Password=rotated", s_patience),
            "the rotated value never came");
        Assert.True(await reloads.WaitAsync(s_patience), "no reload was signalled");
    }

    [Fact]
    public async Task A_vault_answering_503_during_a_reload_keeps_the_previous_values()
    {
        await using var vault = await EmulatedVault.StartAsync(new Dictionary<string, string> { ["Plain"] = "before" });
        using var configuration = await LoadSettledAsync(vault);
        var root = (IConfigurationRoot)configuration;
        using var reloads = new ReloadSignal(root);

        vault.Emulator.Outage.Begin();
        Assert.True(await Eventually.TrueAsync(() => vault.Requests.Count(r => r.StatusCode == 503) >= 3, s_patience),
            "the provider never reloaded");

        Assert.Equal("before", root["Plain"]);
        Assert.Equal(0, reloads.Count);

        // The timer survived the failures: once the vault is back, a change comes through.
        vault.Emulator.Outage.End();
        vault.Emulator.Secrets.Set("Plain", "after");
        Assert.True(await Eventually.TrueAsync(() => root["Plain"] == "after", s_patience),
            "no reload after the outage");
    }

    [Fact]
    public async Task A_vault_that_cannot_be_reached_during_a_reload_keeps_the_previous_values()
    {
        var vault = await EmulatedVault.StartAsync(new Dictionary<string, string> { ["Plain"] = "before" });
        using var handler = vault.Emulator.CreateTrustingHandler();
        var options = new SecretClientOptions { Transport = new HttpClientTransport(handler),
            DisableChallengeResourceVerification = true };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var client = new SecretClient(vault.VaultUri, vault.Credential, options);
        var root = new ConfigurationBuilder().Add(new KeyVaultSecretsConfigurationSource(client, s_interval)).Build();
        using var configuration = (IDisposable)root;

        await vault.DisposeAsync();
        await Task.Delay(s_interval * 10, TestContext.Current.CancellationToken);

        Assert.Equal("before", root["Plain"]);
    }

    /// <summary>
    /// The configuration once a reload has run after the first load; disposing it stops the provider's timer, before
    /// the emulator stops.
    /// </summary>
    private static async Task<IDisposable> LoadSettledAsync(EmulatedVault vault)
    {
        var root = new ConfigurationBuilder()
            .Add(new KeyVaultSecretsConfigurationSource(vault.CreateClient(), s_interval)).Build();
        var loaded = ListCalls(vault);
        Assert.True(await Eventually.TrueAsync(() => ListCalls(vault) > loaded, s_patience),
            "the provider never reloaded");
        return (IDisposable)root;
    }

    private static int ListCalls(EmulatedVault vault) =>
        vault.Requests.Count(r => r.Path == "/secrets" && r.StatusCode == 200);
}
