using CardProcessor.DevIdentity;
using CardProcessor.LocalDev.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CardProcessor.LocalDev.Tests.Identity;

/// <summary>The development issuer's key in <c>DevIdentity:KeyFile</c>: private, the same after a restart.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SigningKeyFileTests : IDisposable
{
    private static readonly Uri Address = new("http://127.0.0.1:5180");

    private readonly TempCheckout _checkout = new();

    private DevIdentityOptions Options => new() { KeyFile = _checkout.KeyFile };

    [Fact]
    public void A_new_key_file_is_readable_and_writable_by_its_owner_only()
    {
        _ = new TokenIssuer(Address, Options);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_checkout.KeyFile));
    }

    [Fact]
    public async Task A_token_issued_before_a_restart_still_validates_after_it()
    {
        var token = new TokenIssuer(Address, Options).CreateToken(["Reviewer"]);

        var restarted = new TokenIssuer(Address, Options);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = restarted.Issuer,
            ValidAudience = restarted.Options.Audience,
            IssuerSigningKey = restarted.PublicJwk,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public void Without_a_key_file_every_issuer_has_a_key_of_its_own()
    {
        Assert.NotEqual(new TokenIssuer(Address, new()).KeyId, new TokenIssuer(Address, new()).KeyId);
    }

    [Fact]
    public void A_key_file_readable_by_others_is_made_private_again_and_kept()
    {
        var first = new TokenIssuer(Address, Options);
        File.SetUnixFileMode(_checkout.KeyFile, (UnixFileMode)0b110_100_100);

        var second = new TokenIssuer(Address, Options);

        Assert.Equal(first.KeyId, second.KeyId);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_checkout.KeyFile));
    }

    [Fact]
    public void Issuers_starting_together_agree_on_one_key()
    {
        var keyIds = new string[6];

        Parallel.For(0, keyIds.Length, i => keyIds[i] = new TokenIssuer(Address, Options).KeyId);

        Assert.Single(keyIds.Distinct());
        var left = Directory.GetFiles(Path.GetDirectoryName(_checkout.KeyFile)!).Select(Path.GetFileName);
        Assert.Equal([Path.GetFileName(_checkout.KeyFile)], left);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"KeyId":"k1","Pkcs1":"bm90IGEga2V5"}""")]
    public void A_damaged_key_file_is_refused_with_what_to_do(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_checkout.KeyFile)!);
        File.WriteAllText(_checkout.KeyFile, content);

        var error = Assert.Throws<InvalidOperationException>(() => new TokenIssuer(Address, Options));

        Assert.StartsWith($"The development issuer's key file {_checkout.KeyFile} cannot be read (", error.Message);
        Assert.EndsWith("delete it and the issuer makes a new key on its next start.", error.Message);
        Assert.Equal(content, File.ReadAllText(_checkout.KeyFile));
    }

    [Fact]
    public void The_issuer_refuses_to_start_in_Production()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => DevIdentityApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"]));

        Assert.Contains("must not run in a Production environment", error.Message);
    }

    public void Dispose() => _checkout.Dispose();
}
