using CardProcessor.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CardProcessor.ServiceDefaults.Tests.KeyVault;

/// <summary>
/// <see cref="KeyVaultSecretsExtensions.AddKeyVaultSecrets(IHostApplicationBuilder)"/> as the services call it, with
/// the test credential and transport in place of <c>DefaultAzureCredential</c> and the public network.
/// </summary>
public sealed class AddKeyVaultSecretsTests
{
    [Fact]
    public async Task With_a_vault_uri_the_postgres_connection_string_comes_from_the_vault()
    {
        await using var vault = await EmulatedVault.StartAsync(
            new Dictionary<string, string> { ["ConnectionStrings--Postgres"] = "Host=db;Password=from-vault" });
        var builder = Builder(new()
        {
            ["KeyVault:Uri"] = vault.VaultUri.ToString(),
            ["ConnectionStrings:Postgres"] = "Host=db;Password=placeholder-from-appsettings",
        });
        using var configuration = builder.Configuration;

        builder.AddKeyVaultSecrets(() => vault.Credential, vault.ClientOptions());

        Assert.Equal("Host=db;Password=from-vault", builder.Configuration.GetConnectionString("Postgres"));
    }

    [Fact]
    public async Task The_reload_interval_comes_from_configuration()
    {
        await using var vault = await EmulatedVault.StartAsync(
            new Dictionary<string, string> { ["ConnectionStrings--Postgres"] = "Password=old" });
        var builder = Builder(
            new() { ["KeyVault:Uri"] = vault.VaultUri.ToString(), ["KeyVault:ReloadInterval"] = "00:00:00.200" });
        using var configuration = builder.Configuration;
        builder.AddKeyVaultSecrets(() => vault.Credential, vault.ClientOptions());
        using var reloads = new ReloadSignal(builder.Configuration);

        vault.Emulator.Secrets.Set("ConnectionStrings--Postgres", "Password=rotated");

        // The value, not the first signal: a reload that began before the change may still end after it (see
        // ReloadTests).
        Assert.True(
            await Eventually.TrueAsync(() =>
            builder.Configuration.GetConnectionString("Postgres") == "Password=rotated", TimeSpan.FromSeconds(10)),
            "the rotated value never came");
        Assert.True(await reloads.WaitAsync(TimeSpan.FromSeconds(10)), "no reload was signalled");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_vault_uri_nothing_is_added(string? uri)
    {
        var builder = Builder(new() { ["KeyVault:Uri"] = uri });
        var before = builder.Configuration.Sources.Count;

        builder.AddKeyVaultSecrets();

        Assert.Equal(before, builder.Configuration.Sources.Count);
        Assert.DoesNotContain(builder.Configuration.Sources, source => source is KeyVaultSecretsConfigurationSource);
    }

    [Fact]
    public void Without_a_vault_uri_no_credential_is_made()
    {
        var builder = Builder([]);
        var made = false;

        builder.AddKeyVaultSecrets(() =>
        {
            made = true;
            return new VaultScopeTokenCredential();
        });

        Assert.False(made);
    }

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        // Empty: no appsettings, environment variables or command line of the machine running the tests.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
