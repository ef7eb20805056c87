using CardProcessor.Web.Api;
using CardProcessor.Web.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Web.Tests.Support;

/// <summary>A bUnit context with the app's ApiClient over <see cref="CannedApi"/> and a signed-in role.</summary>
public abstract class ScreenTest : BunitContext
{
    protected ScreenTest()
    {
        Services.AddSingleton(Api);
        Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor());
        Services.AddSingleton<IUserTokenSource, FixedToken>();
        Services.AddScoped(provider => new ApiClient(
            new HttpClient(
                provider.GetRequiredService<CannedApi>()) { BaseAddress = new Uri("http://api.test/api/v1/") },
            provider.GetRequiredService<IUserTokenSource>()));
        Services.AddScoped<CurrentUser>();
    }

    protected CannedApi Api { get; } = new();

    protected void SignedInAs(string role) =>
        Api.Answer("GET me", new
        {
            objectId = "00000000-0000-0000-0000-000000000001",
            name = $"{role.ToLowerInvariant()}@tests.local",
            email = (string?)null,
            roles = new[] { role },
        });

    private sealed class FixedToken : IUserTokenSource
    {
        public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult("token");
    }
}
