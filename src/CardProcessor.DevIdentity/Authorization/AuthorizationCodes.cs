using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CardProcessor.DevIdentity.Authorization;

/// <summary>
/// The codes handed out by the sign-in page, kept in memory: each is redeemed once and only within five minutes,
/// as Entra ID's are (its codes live ten). A restart forgets them, which only costs a new sign-in.
/// </summary>
public sealed class AuthorizationCodes(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);

    public string Issue(AuthorizationRequest request, SignedInUser user)
    {
        foreach (var expired in _codes.Where(pair => pair.Value.Expires < clock.GetUtcNow()).ToList())
        {
            _codes.TryRemove(expired);
        }

        var code = Base64Url.Encode(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new IssuedCode(request, user, clock.GetUtcNow() + Lifetime);
        return code;
    }

    /// <summary>Takes the code out, so a second redemption fails; null when unknown or expired.</summary>
    public IssuedCode? Redeem(string code) =>
        _codes.TryRemove(code, out var issued) && issued.Expires >= clock.GetUtcNow() ? issued : null;
}

public sealed record IssuedCode(AuthorizationRequest Request, SignedInUser User, DateTimeOffset Expires);

public sealed record SignedInUser(string Name, string Role);
