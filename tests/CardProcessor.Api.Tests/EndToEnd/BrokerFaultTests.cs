using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// RabbitMQ stopped (<c>rabbitmqctl stop_app</c> on a private node) while documents are uploaded and
/// processing is started: the outbox accepts the work, <c>/health/dependencies</c> says the broker is away,
/// and once the broker is back every session reaches Review with every transaction exactly once.
/// </summary>
public sealed class BrokerFaultTests(PrivatePipelineFixture pipeline) : IClassFixture<PrivatePipelineFixture>
{
    private static readonly string StatementPath = Fixtures.Car("car-2001-002.pdf");
    private readonly HttpClient _processor = pipeline.ClientFor("Processor");

    [Fact]
    public async Task Work_accepted_while_RabbitMQ_is_stopped_is_done_once_it_is_back()
    {
        await pipeline.Broker.StopAppAsync();
        var sessions = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            sessions.Add(await _processor.StartProcessingAsync(
                $"Broker fault {i}", "2001-01-01", "2001-12-31", StatementPath));
        }

        using var anonymous = new HttpClient { BaseAddress = pipeline.Api.Address };
        var clock = Stopwatch.StartNew();
        using (var dependencies = await anonymous.GetAsync("/health/dependencies"))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
            var report = await dependencies.Content.ReadFromJsonAsync<JsonElement>();
            var checks = report.GetProperty("dependencies");
            Assert.Equal("Unhealthy", checks.GetProperty("broker").GetProperty("status").GetString());
            Assert.True(checks.GetProperty("outbox").GetProperty("data").GetProperty("unsent").GetInt32() > 0);
        }

        await pipeline.Broker.StartAppAsync();

        var expected = FaultTestQueries.ExpectedTransactions(StatementPath);
        foreach (var sessionId in sessions)
        {
            var progress = await _processor.WaitUntilFinishedAsync(
                sessionId, TimeSpan.FromSeconds(120), pipeline.Worker);
            Assert.Equal("Review", progress.GetProperty("status").GetString());
            var stored = await _processor.ReadAllTransactionsAsync(sessionId);
            Assert.Equal(expected, stored.Order().ToList());
        }
    }
}
