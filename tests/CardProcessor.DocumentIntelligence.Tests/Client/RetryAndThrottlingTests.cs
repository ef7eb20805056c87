using System.Diagnostics;
using Azure;
using CardProcessor.DocumentIntelligence.Tests.Support;

namespace CardProcessor.DocumentIntelligence.Tests.Client;

/// <summary>Transient failures are Azure.Core's retry policy's to absorb; these check it is wired in and
/// honoured.</summary>
public sealed class RetryAndThrottlingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly byte[] _pdf = SharedFixtures.Bytes("car", "car-2001-002.pdf");

    [Fact]
    public async Task Throttled_analyze_is_retried_after_the_servers_retry_after()
    {
        var start = emulator.RequestCount;
        var client = emulator.CreateClient("analyze=429*2, retry-after=1");
        var stopwatch = Stopwatch.StartNew();

        var analysis = await client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(analysis.Pages[0].Words);
        Assert.Equal([429, 429, 202],
            emulator.RequestsSince(start).Where(r => r.Method == "POST").Select(r => r.StatusCode));

        // Two waits of Retry-After: 1 s, although the configured retry delay is 10 ms.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.9),
            $"Retried after {stopwatch.Elapsed}, before the 2 s asked for.");
    }

    [Fact]
    public async Task Transient_server_errors_on_analyze_and_poll_are_recovered()
    {
        var start = emulator.RequestCount;
        var client = emulator.CreateClient("analyze=503*1, poll=500*2");

        var analysis = await client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(analysis.Pages[0].Words);
        var requests = emulator.RequestsSince(start);
        Assert.Equal([503, 202], requests.Where(r => r.Method == "POST").Select(r => r.StatusCode));
        Assert.Equal([500, 500, 200, 200], requests.Where(r => r.Method == "GET").Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Retries_of_one_call_keep_their_client_request_id()
    {
        var start = emulator.RequestCount;

        await emulator.CreateClient("analyze=503*2")
            .AnalyzeLayoutAsync(new MemoryStream(_pdf), cancellationToken: TestContext.Current.CancellationToken);

        var posts = emulator.RequestsSince(start).Where(r => r.Method == "POST").ToList();
        Assert.Equal(3, posts.Count);
        Assert.Single(posts.Select(p => p.ClientRequestId).Distinct());
    }

    [Fact]
    public async Task Persistent_unavailability_surfaces_as_request_failed_after_the_retries()
    {
        var start = emulator.RequestCount;
        var client = emulator.CreateClient("analyze=503*99", options => options.Retry.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(3, emulator.RequestsSince(start).Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Polls_wait_for_the_servers_retry_after_when_it_is_longer_than_the_minimum()
    {
        var client = emulator.CreateClient("running=1, retry-after=1");
        var stopwatch = Stopwatch.StartNew();

        await client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
            cancellationToken: TestContext.Current.CancellationToken);

        // After the 202 and after the running poll: two waits of 1 s each.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.9), $"Polled within {stopwatch.Elapsed}.");
    }
}
