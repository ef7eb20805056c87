using CardProcessor.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CardProcessor.ServiceDefaults.Tests.KeyVault;

/// <summary>What <see cref="KeyVaultSecretsConfigurationProvider"/> loads, through the production SecretClient and the
/// emulator.</summary>
public sealed class SecretsAsConfigurationTests
{
    [Fact]
    public async Task Secrets_become_configuration_with_double_dashes_as_colons()
    {
        await using var vault = await EmulatedVault.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings--Postgres"] = "Host=db;Password=from-vault",
            ["Blobs--Container--Name"] = "receipts",
            ["Plain"] = "value",
        });

        var configuration = Load(vault);

        Assert.Equal("Host=db;Password=from-vault", configuration["ConnectionStrings:Postgres"]);
        Assert.Equal("Host=db;Password=from-vault", configuration.GetConnectionString("Postgres"));
        Assert.Equal("receipts", configuration["Blobs:Container:Name"]);
        Assert.Equal("value", configuration["Plain"]);
        Assert.Null(configuration["ConnectionStrings--Postgres"]);
    }

    [Fact]
    public async Task Disabled_secrets_are_left_out()
    {
        await using var vault = await EmulatedVault.StartAsync(
            new Dictionary<string, string> { ["Kept"] = "yes", ["Retired"] = "old" });
        var client = vault.CreateClient();
        var retired = (await client.GetSecretAsync("Retired", cancellationToken: TestContext.Current.CancellationToken))
            .Value.Properties;
        retired.Enabled = false;
        await client.UpdateSecretPropertiesAsync(retired, TestContext.Current.CancellationToken);

        var configuration = Load(vault);

        Assert.Equal("yes", configuration["Kept"]);
        Assert.Null(configuration["Retired"]);
        Assert.Contains(vault.Requests, r => r.Method == "PATCH" && r.Path == $"/secrets/Retired/{retired.Version}"
            && r.StatusCode == 200);
    }

    [Fact]
    public async Task Secrets_on_every_page_of_the_list_are_read()
    {
        var secrets = Enumerable.Range(1, 5).ToDictionary(i => $"Paged--Secret{i}", i => $"value {i}");
        await using var vault = await EmulatedVault.StartAsync(secrets, pageSize: 2);

        var configuration = Load(vault);

        Assert.All(secrets,
            secret =>
            Assert.Equal(secret.Value, configuration[secret.Key.Replace("--", ":", StringComparison.Ordinal)]));
        var pages = vault.Requests.Where(r => r.Method == "GET" && r.Path == "/secrets" && r.StatusCode == 200)
            .ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages.Skip(1), page => Assert.Contains("$skiptoken=", page.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_client_answers_the_vaults_challenge_with_a_token_for_the_vault_scope()
    {
        await using var vault = await EmulatedVault.StartAsync(new Dictionary<string, string> { ["Plain"] = "value" });

        Load(vault);

        var requests = vault.Requests;
        var challenged = requests[0];
        Assert.Equal(("GET", "/secrets", null, 401),
            (challenged.Method, challenged.Path, challenged.AuthorizationScheme, challenged.StatusCode));
        var authenticated = requests[1];
        Assert.Equal(("GET", "/secrets", "Bearer", 200),
            (authenticated.Method, authenticated.Path, authenticated.AuthorizationScheme, authenticated.StatusCode));
        Assert.Equal(["https://vault.azure.net"], authenticated.TokenAudiences);
        Assert.All(requests.Skip(1), r => Assert.Equal(200, r.StatusCode));
        var token = Assert.Single(vault.Credential.Requests);
        Assert.Equal(["https://vault.azure.net/.default"], token.Scopes);
        Assert.Equal("11111111-1111-1111-1111-111111111111", token.TenantId);
    }

    private static IConfigurationRoot Load(EmulatedVault vault) =>
        new ConfigurationBuilder()
            .Add(new KeyVaultSecretsConfigurationSource(vault.CreateClient(), reloadInterval: null)).Build();
}
