using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CardProcessor.Api.Tests.Health;

/// <summary>The broker's health is what the broker answers now, with the outbox backlog beside it.</summary>
public sealed class BrokerHealthTests(BrokerAwayFixture away, ApiFixture present)
    : IClassFixture<BrokerAwayFixture>, IClassFixture<ApiFixture>
{
    [Fact]
    public async Task With_the_broker_away_dependencies_say_so_within_ten_seconds_while_ready_stays_200()
    {
        using var processor = away.ClientFor("Processor");
        await processor.CreateSessionAsync();
        using var anonymous = away.Factory.CreateClient();

        var clock = Stopwatch.StartNew();
        using var dependencies = await anonymous.GetAsync("/health/dependencies");
        var elapsed = clock.Elapsed;
        using var ready = await anonymous.GetAsync("/health/ready");

        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, dependencies.StatusCode);
        var report = await dependencies.Content.ReadFromJsonAsync<JsonElement>();
        var broker = report.GetProperty("dependencies").GetProperty("broker");
        Assert.Equal("Unhealthy", broker.GetProperty("status").GetString());
        Assert.StartsWith("RabbitMQ is unreachable", broker.GetProperty("description").GetString(),
            StringComparison.Ordinal);
        var outbox = report.GetProperty("dependencies").GetProperty("outbox");
        Assert.True(outbox.GetProperty("data").GetProperty("unsent").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Work_accepted_while_the_broker_is_away_shows_as_an_unsent_backlog()
    {
        using var processor = away.ClientFor("Processor");
        var sessionId = (await processor.CreateSessionAsync()).GetProperty("id").GetGuid();
        using var upload = await processor.PostAsync(
            $"/api/v1/sessions/{sessionId}/documents", Fixtures.Upload(Fixtures.Car("car-2001-002.pdf")));
        using var process = await processor.PostAsync($"/api/v1/sessions/{sessionId}/process", null);
        Assert.Equal(HttpStatusCode.Accepted, process.StatusCode);
        using var anonymous = away.Factory.CreateClient();

        var report = await (await anonymous.GetAsync("/health/dependencies")).Content.ReadFromJsonAsync<JsonElement>();

        var unsent = report.GetProperty("dependencies").GetProperty("outbox").GetProperty("data").GetProperty("unsent");
        Assert.True(unsent.GetInt32() >= 1, report.ToString());
    }

    [Fact]
    public async Task With_the_broker_running_it_is_healthy()
    {
        using var anonymous = present.Factory.CreateClient();

        var report = await anonymous.GetFromJsonAsync<JsonElement>("/health/dependencies");

        Assert.Equal("Healthy",
            report.GetProperty("dependencies").GetProperty("broker").GetProperty("status").GetString());
    }

    [Fact]
    public void Usage_telemetry_to_MassTransit_s_vendor_is_off()
    {
        var options = present.Factory.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.False(options.Enabled);
    }
}
