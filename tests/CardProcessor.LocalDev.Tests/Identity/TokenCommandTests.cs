using System.Text.Json;
using CardProcessor.LocalDev.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CardProcessor.LocalDev.Tests.Identity;

/// <summary>
/// <c>cardprocessor token</c> against a running development issuer: found through the address the issuer keeps
/// in <c>.local/dev-identity/address</c>, overridden by <c>--issuer</c>, refused in Production.
/// </summary>
public sealed class TokenCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> Development =
        new() { ["DOTNET_ENVIRONMENT"] = "Development" };

    private readonly TempCheckout _checkout = new();

    [Fact]
    public async Task Finds_the_running_issuer_from_a_folder_below_the_checkout_without_an_issuer_flag()
    {
        await using var issuer = await RunningIssuer.StartAsync(_checkout);

        var (exitCode, output, error) = await TokenAsync(_checkout.Subfolder("samples"), "--role", "Reviewer");

        Assert.True(exitCode == 0, error);
        var token = await ValidateAsync(output.Trim(), issuer.Address);
        Assert.Equal(["Reviewer"], token.GetPayloadValue<string[]>("roles"));
    }

    [Fact]
    public async Task A_token_issued_before_the_issuer_restarts_is_accepted_after_it()
    {
        string before;
        await using (var first = await RunningIssuer.StartAsync(_checkout))
        {
            before = (await TokenAsync(_checkout.Root, "--role", "Admin")).Output.Trim();
            await first.StopAsync();
        }

        await using var second = await RunningIssuer.StartAsync(_checkout);

        // The restarted issuer listens on another port, so its issuer name differs; the key is what carries over.
        await ValidateAsync(before, second.Address, checkIssuer: false);
    }

    [Fact]
    public async Task The_issuer_removes_its_address_when_it_stops()
    {
        var issuer = await RunningIssuer.StartAsync(_checkout);
        Assert.True(File.Exists(_checkout.AddressFile));

        await issuer.StopAsync();
        await issuer.DisposeAsync();

        Assert.False(File.Exists(_checkout.AddressFile));
    }

    [Fact]
    public async Task The_issuer_flag_wins_over_the_remembered_address()
    {
        await using var issuer = await RunningIssuer.StartAsync(_checkout);
        var live = issuer.Address.ToString();
        _checkout.WriteAddress($"http://127.0.0.1:{ClosedPort()}");

        var (exitCode, output, error) = await TokenAsync(_checkout.Root, "--role", "ReadOnly", "--issuer", live);

        Assert.True(exitCode == 0, error);
        await ValidateAsync(output.Trim(), issuer.Address);
    }

    [Fact]
    public async Task An_issuer_that_is_gone_is_named_with_where_its_address_came_from_and_how_to_start_one()
    {
        var port = ClosedPort();
        _checkout.WriteAddress($"http://127.0.0.1:{port}");

        var (exitCode, output, error) = await TokenAsync(_checkout.Root, "--role", "Admin");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith(
            $"token: the local issuer at http://127.0.0.1:{port} ({_checkout.AddressFile}) did not answer", error);
        Assert.Contains("start one with scripts/demo.sh", error);
    }

    [Fact]
    public async Task A_malformed_issuer_flag_is_an_argument_error()
    {
        var (exitCode, _, error) = await TokenAsync(_checkout.Root, "--role", "Admin", "--issuer", "127.0.0.1:5180");

        Assert.Equal(2, exitCode);
        Assert.Equal("token: --issuer 127.0.0.1:5180 is not an http(s) address.", error.Trim());
    }

    [Theory]
    [InlineData("DOTNET_ENVIRONMENT")]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    public async Task It_refuses_in_Production(string variable)
    {
        await using var issuer = await RunningIssuer.StartAsync(_checkout);

        var (exitCode, output, error) = await BuiltProgram.RunAsync(
            "CardProcessor.Cli", "cardprocessor.dll", ["token", "--role", "Admin"],
            new Dictionary<string, string?> { [variable] = "Production" }, _checkout.Root);

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.Equal("token: refused, the environment is Production; use a token from Entra ID.", error.Trim());
    }

    public void Dispose() => _checkout.Dispose();

    private static Task<(int ExitCode, string Output, string Error)> TokenAsync(
        string folder, params string[] arguments) =>
        BuiltProgram.RunAsync("CardProcessor.Cli", "cardprocessor.dll", ["token", .. arguments], Development, folder);

    /// <summary>Checks the token's signature against the keys the issuer publishes, as the API does.</summary>
    private static async Task<JsonWebToken> ValidateAsync(string token, Uri issuer, bool checkIssuer = true)
    {
        using var http = new HttpClient { BaseAddress = issuer };
        const string tenant = "11111111-1111-1111-1111-111111111111";
        var keys = new JsonWebKeySet(await http.GetStringAsync($"{tenant}/discovery/v2.0/keys"));
        using var metadata = JsonDocument.Parse(
            await http.GetStringAsync($"{tenant}/v2.0/.well-known/openid-configuration"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = metadata.RootElement.GetProperty("issuer").GetString(),
            ValidateIssuer = checkIssuer,
            ValidAudience = "api://cardprocessor",
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    private static int ClosedPort() => TestServices.ServiceEndpointTests.ClosedPort();
}
