using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CardProcessor.LocalDev.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CardProcessor.LocalDev.Tests.Identity;

/// <summary>
/// The development issuer's sign-in: the authorization endpoint's page, the code it hands back and the token
/// endpoint's exchange of that code, with PKCE and the redirect URI checked as Entra ID checks them.
/// </summary>
public sealed partial class AuthorizationCodeFlowTests : IAsyncLifetime
{
    private const string Tenant = "11111111-1111-1111-1111-111111111111";
    private const string ClientId = "cardprocessor-web";
    private const string RedirectUri = "http://127.0.0.1:5190/signin-oidc";
    private const string Verifier = "a-verifier-long-enough-for-rfc-7636-section-4-1-xyz";

    private readonly TempCheckout _checkout = new();
    private RunningIssuer _issuer = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        _issuer = await RunningIssuer.StartAsync(_checkout);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _issuer.Address };
    }

    [Fact]
    public async Task The_sign_in_page_asks_for_a_user_name_and_one_of_the_four_roles()
    {
        var page = await _http.GetStringAsync(AuthorizeUrl(Challenge(Verifier)));

        Assert.Contains("<label for=\"username\">User name</label>", page);
        Assert.Contains("<label for=\"role\">Role</label>", page);
        Assert.Equal(
            ["Admin", "Processor", "Reviewer", "ReadOnly"],
            OptionPattern().Matches(page).Select(m => m.Groups[1].Value));
        Assert.Contains(">Sign in</button>", page);
    }

    [Fact]
    public async Task A_request_without_PKCE_is_refused()
    {
        var response = await _http.GetAsync(AuthorizeUrl(challenge: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PKCE is required", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_code_is_exchanged_for_an_id_token_and_an_api_token_with_the_chosen_role()
    {
        var code = await SignInAsync("rita.reviewer@example.test", "Reviewer");

        using var tokens = await RedeemAsync(code, Verifier, RedirectUri);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var id = await ValidateAsync(tokens.Value("id_token"), ClientId);
        Assert.Equal("the-nonce", id.GetPayloadValue<string>("nonce"));
        Assert.Equal("rita.reviewer@example.test", id.GetPayloadValue<string>("preferred_username"));
        var access = await ValidateAsync(tokens.Value("access_token"), "api://cardprocessor");
        Assert.Equal(["Reviewer"], access.GetPayloadValue<string[]>("roles"));
        Assert.Equal("access_as_user", access.GetPayloadValue<string>("scp"));
        Assert.Equal(id.GetPayloadValue<string>("oid"), access.GetPayloadValue<string>("oid"));
        using var clientInfo = JsonDocument.Parse(Base64UrlEncoder.Decode(tokens.Value("client_info")));
        Assert.Equal(access.GetPayloadValue<string>("oid"), clientInfo.RootElement.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task A_wrong_verifier_is_refused_and_the_code_cannot_be_used_twice()
    {
        var code = await SignInAsync("pat.processor@example.test", "Processor");

        using var wrong = await RedeemAsync(code, Verifier.Replace('a', 'b'), RedirectUri);
        using var again = await RedeemAsync(code, Verifier, RedirectUri);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("code_verifier does not match", wrong.Value("error_description"));
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("invalid_grant", again.Value("error"));
    }

    [Fact]
    public async Task A_redirect_uri_other_than_the_one_signed_in_with_is_refused()
    {
        var code = await SignInAsync("ada.admin@example.test", "Admin");

        using var tokens = await RedeemAsync(code, Verifier, "http://127.0.0.1:5999/elsewhere");

        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Contains("redirect_uri differs", tokens.Value("error_description"));
    }

    [Fact]
    public async Task Form_post_answers_with_a_page_posting_the_code_and_state_to_the_client()
    {
        var fields = SignInFields("ro.reader@example.test", "ReadOnly", responseMode: "form_post");

        var response = await _http.PostAsync(AuthorizePath, new FormUrlEncodedContent(fields));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"action=\"{RedirectUri}\"", page);
        Assert.Contains("name=\"state\" value=\"the-state\"", page);
        Assert.Matches("name=\"code\" value=\"[A-Za-z0-9_-]{43}\"", page);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _issuer.DisposeAsync();
        _checkout.Dispose();
    }

    private static string AuthorizePath => $"/{Tenant}/oauth2/v2.0/authorize";

    private static string AuthorizeUrl(string? challenge) =>
        QueryHelpers.AddQueryString(AuthorizePath, Request(challenge, "query"));

    private static Dictionary<string, string?> Request(string? challenge, string responseMode) => new()
    {
        ["client_id"] = ClientId,
        ["redirect_uri"] = RedirectUri,
        ["response_type"] = "code",
        ["response_mode"] = responseMode,
        ["scope"] = "openid profile offline_access api://cardprocessor/access_as_user",
        ["state"] = "the-state",
        ["nonce"] = "the-nonce",
        ["code_challenge"] = challenge,
        ["code_challenge_method"] = challenge is null ? null : "S256",
    };

    private static Dictionary<string, string> SignInFields(string user, string role, string responseMode = "query")
    {
        var fields = Request(Challenge(Verifier), responseMode)
            .Where(f => f.Value is not null)
            .ToDictionary(f => f.Key, f => f.Value!);
        fields["username"] = user;
        fields["role"] = role;
        return fields;
    }

    private async Task<string> SignInAsync(string user, string role)
    {
        var response = await _http.PostAsync(AuthorizePath, new FormUrlEncodedContent(SignInFields(user, role)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("the-state", query["state"].ToString());
        return query["code"].ToString();
    }

    private async Task<TokenAnswer> RedeemAsync(string code, string verifier, string redirectUri)
    {
        var response = await _http.PostAsync($"/{Tenant}/oauth2/v2.0/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["client_id"] = ClientId,
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = verifier,
                ["scope"] = "openid profile offline_access api://cardprocessor/access_as_user",
            }));
        return new TokenAnswer(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    private async Task<JsonWebToken> ValidateAsync(string token, string audience)
    {
        var keys = new JsonWebKeySet(await _http.GetStringAsync($"{Tenant}/discovery/v2.0/keys"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = $"{_issuer.Address.ToString().TrimEnd('/')}/{Tenant}/v2.0",
            ValidAudience = audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    private static string Challenge(string verifier) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    [GeneratedRegex("<option>([^<]+)</option>")]
    private static partial Regex OptionPattern();

    private sealed record TokenAnswer(HttpStatusCode Status, JsonDocument Body) : IDisposable
    {
        public string Value(string name) => Body.RootElement.GetProperty(name).GetString()!;

        public void Dispose() => Body.Dispose();
    }
}
