using System.Net;

namespace CardProcessor.Api.Tests.Security;

/// <summary>The per-address limit holds for callers without a token too; health probes are never limited.</summary>
public sealed class AddressLimitTests(AddressLimitedApiFixture api) : IClassFixture<AddressLimitedApiFixture>
{
    [Fact]
    public async Task Anonymous_callers_are_limited_by_address_and_the_probes_still_get_through()
    {
        using var anonymous = api.Factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/sessions")).StatusCode);
        }

        using var refused = await anonymous.GetAsync("/api/v1/sessions");
        using var live = await anonymous.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
