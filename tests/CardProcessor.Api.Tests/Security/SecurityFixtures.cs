using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Security;

/// <summary>An API allowing one browser origin and five requests per user per minute.</summary>
public sealed class LimitedApiFixture : ApiFixture
{
    public const string AllowedOrigin = "https://cardprocessor.example.com";

    public override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Security:PermitsPerUser", "5"),
        new("Security:Window", "00:01:00"),
        new("Security:CorsAllowedOrigins:0", AllowedOrigin),
    ];
}

/// <summary>An API allowing three requests per client address per minute.</summary>
public sealed class AddressLimitedApiFixture : ApiFixture
{
    public override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Security:PermitsPerAddress", "3"),
        new("Security:Window", "00:01:00"),
    ];
}
