using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using CardProcessor.ServiceDefaults.Tests.Support;

namespace CardProcessor.ServiceDefaults.Tests.Emulator;

/// <summary>
/// What the emulator answers where the provider never goes: refused tokens, missing and disabled secrets, deleted
/// names, bad parameters. Through the production client where it can send the request, raw HTTP where it cannot.
/// </summary>
public sealed class EmulatorProtocolTests
{
    private const string VaultChallenge =
        "Bearer authorization=\"https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111\", "
            + "resource=\"https://vault.azure.net\"";

    [Fact]
    public async Task A_request_without_a_token_gets_401_with_the_vault_challenge()
    {
        await using var vault = await EmulatedVault.StartAsync();
        using var http = RawClient(vault);

        using var response = await http.GetAsync("secrets?api-version=2026-04-01",
            TestContext.Current.CancellationToken);

        await AssertError(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal(VaultChallenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused_with_the_challenge()
    {
        await using var vault = await EmulatedVault.StartAsync();
        using var http = RawClient(vault, scope: "https://management.azure.com/.default");

        using var response = await http.GetAsync("secrets?api-version=2026-04-01",
            TestContext.Current.CancellationToken);

        await AssertError(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal(VaultChallenge, response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_first_write_is_challenged_without_its_body_then_sent_with_it()
    {
        await using var vault = await EmulatedVault.StartAsync();

        await vault.CreateClient().SetSecretAsync("Written", "value", TestContext.Current.CancellationToken);

        var (challenged, written) = (vault.Requests[0], vault.Requests[1]);
        Assert.Equal(("PUT", false, 401), (challenged.Method, challenged.HasBody, challenged.StatusCode));
        Assert.Equal(("PUT", true, 200), (written.Method, written.HasBody, written.StatusCode));
        Assert.Equal("value", vault.Emulator.Secrets.Find("Written")?.Value);
    }

    [Theory]
    [InlineData("secrets", "BadParameter")]
    [InlineData("secrets?api-version=1999-01-01", "BadParameter")]
    [InlineData("secrets?api-version=2026-04-01&maxresults=26", "BadParameter")]
    [InlineData("secrets/not_a_name?api-version=2026-04-01", "BadParameter")]
    public async Task Bad_parameters_are_refused_with_the_services_error_code(string path, string code)
    {
        await using var vault = await EmulatedVault.StartAsync();
        using var http = RawClient(vault, scope: "https://vault.azure.net/.default");

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        await AssertError(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task An_unknown_secret_is_not_found()
    {
        await using var vault = await EmulatedVault.StartAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            vault.CreateClient().GetSecretAsync("Missing", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal((404, "SecretNotFound"), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task A_disabled_secret_cannot_be_read()
    {
        await using var vault = await EmulatedVault.StartAsync();
        vault.Emulator.Secrets.Set("Retired", "old", attributes: new(Enabled: false));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            vault.CreateClient().GetSecretAsync("Retired", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal((403, "Forbidden"), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task Every_version_stays_readable_and_the_latest_is_the_default()
    {
        await using var vault = await EmulatedVault.StartAsync();
        var client = vault.CreateClient();
        var first = (await client.SetSecretAsync("Rotated", "one", TestContext.Current.CancellationToken)).Value;
        await client.SetSecretAsync("Rotated", "two", TestContext.Current.CancellationToken);

        var latest = (await client.GetSecretAsync("Rotated", cancellationToken: TestContext.Current.CancellationToken))
            .Value;
        var old = (await client.GetSecretAsync("Rotated", first.Properties.Version,
            TestContext.Current.CancellationToken)).Value;

        Assert.Equal(("two", "one"), (latest.Value, old.Value));
        Assert.Equal(vault.VaultUri, latest.Properties.VaultUri);
    }

    [Fact]
    public async Task A_deleted_name_cannot_be_set_again_until_purged()
    {
        await using var vault = await EmulatedVault.StartAsync(new Dictionary<string, string> { ["Gone"] = "value" });
        var client = vault.CreateClient();
        var deletion = await client.StartDeleteSecretAsync("Gone", TestContext.Current.CancellationToken);
        await deletion.WaitForCompletionAsync(TestContext.Current.CancellationToken);

        var conflict = await Assert.ThrowsAsync<RequestFailedException>(() =>
            client.SetSecretAsync("Gone", "again", TestContext.Current.CancellationToken));
        await client.PurgeDeletedSecretAsync("Gone", TestContext.Current.CancellationToken);
        var set = await client.SetSecretAsync("Gone", "again", TestContext.Current.CancellationToken);

        Assert.Equal((409, "Conflict"), (conflict.Status, conflict.ErrorCode));
        Assert.Equal("again", set.Value.Value);
    }

    private static HttpClient RawClient(EmulatedVault vault, string? scope = null)
    {
        var http = new HttpClient(vault.Emulator.CreateTrustingHandler()) { BaseAddress = vault.VaultUri };
        if (scope is not null)
        {
            var token = new VaultScopeTokenCredential().GetToken(new TokenRequestContext([scope]), default);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        return http;
    }

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(code, (string?)body["error"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]!["message"]));
    }
}
