using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CardProcessor.DevIdentity.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CardProcessor.DevIdentity;

/// <summary>
/// Signs Entra-ID-shaped access tokens (<c>iss</c>, <c>aud</c>, <c>tid</c>, <c>oid</c>, <c>roles</c>)
/// with an RSA key whose public half is served as a JWKS, so the API validates them exactly as it
/// validates Entra ID's.
/// </summary>
public sealed class TokenIssuer
{
    private readonly RsaSecurityKey _key;

    public TokenIssuer(Uri baseAddress, DevIdentityOptions options)
    {
        Options = options;
        Issuer = $"{baseAddress.ToString().TrimEnd('/')}/{options.TenantId}/v2.0";
        _key = options.KeyFile is { Length: > 0 } keyFile ? SigningKeyFile.LoadOrCreate(keyFile, NewKey) : NewKey();
    }

    public DevIdentityOptions Options { get; }

    public string Issuer { get; }

    public string KeyId => _key.KeyId;

    public JsonWebKey PublicJwk
    {
        get
        {
            var publicKey = new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId };
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(publicKey);
            jwk.Use = "sig";
            jwk.Alg = SecurityAlgorithms.RsaSha256;
            return jwk;
        }
    }

    public string CreateToken(
        IEnumerable<string> roles,
        string user = "dev.user@cardprocessor.local",
        string? audience = null,
        TimeSpan? lifetime = null,
        DateTimeOffset? notBefore = null,
        IReadOnlyCollection<string>? scopes = null)
    {
        var claims = UserClaims(roles, user);
        if (scopes is { Count: > 0 })
        {
            claims["scp"] = string.Join(' ', scopes);
        }

        return Sign(claims, audience ?? Options.Audience, lifetime, notBefore);
    }

    /// <summary>The ID token a signed-in client receives: its own client id as audience, the nonce it sent.</summary>
    public string CreateIdToken(string clientId, string? nonce, IEnumerable<string> roles, string user)
    {
        var claims = UserClaims(roles, user);
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return Sign(claims, clientId, lifetime: TimeSpan.FromHours(1), notBefore: null);
    }

    /// <summary>Entra ID's client_info: base64url JSON of the user's object id and tenant; MSAL keys accounts by
    /// it.</summary>
    public string ClientInfo(string user) => Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(
        new Dictionary<string, string> { ["uid"] = ObjectId(user), ["utid"] = Options.TenantId }));

    private Dictionary<string, object> UserClaims(IEnumerable<string> roles, string user) => new()
    {
        ["tid"] = Options.TenantId,
        ["oid"] = ObjectId(user),
        ["sub"] = DeterministicGuid("sub:" + user).ToString(),
        ["preferred_username"] = user,
        ["name"] = user,
        ["ver"] = "2.0",
        ["roles"] = roles.ToArray(),
    };

    private string Sign(
        Dictionary<string, object> claims, string audience, TimeSpan? lifetime, DateTimeOffset? notBefore)
    {
        var now = notBefore ?? DateTimeOffset.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = (now + (lifetime ?? Options.TokenLifetime)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static string ObjectId(string user) => DeterministicGuid(user).ToString();

    private static Guid DeterministicGuid(string value) =>
        new(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));

    private static RsaSecurityKey NewKey() =>
        new(RSA.Create(2048)) { KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) };
}
