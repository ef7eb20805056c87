using MassTransit;
using MetricsProbe;
using Prometheus;

// Two questions the dashboards, the alerts and the chart depend on, answered by running the same packages:
//   metrics        which names prometheus-net gives the HTTP middleware, its default collectors and
//                  MassTransit's meter (printed one per line: "<type> <name>");
//   config-reload  whether a JSON file mounted from a ConfigMap (a ..data symlink that kubelet swaps)
//                  reaches IConfiguration with reloadOnChange (exit 0 when it does);
//   shutdown-timeout the host's shutdown timeout, which the chart sets through DOTNET_SHUTDOWNTIMEOUTSECONDS.
return args switch
{
    ["config-reload", ..] => await ConfigReloadProbe.RunAsync(),
    ["shutdown-timeout", ..] => PrintShutdownTimeout(),
    _ => await RunMetricsProbeAsync(),
};

static int PrintShutdownTimeout()
{
    using var app = WebApplication.CreateBuilder().Build();
    Console.WriteLine(
        $"shutdown-timeout: {app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>()
            .Value.ShutdownTimeout.TotalSeconds} s");
    return 0;
}

static async Task<int> RunMetricsProbeAsync()
{
    var builder = WebApplication.CreateBuilder();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    builder.Services.AddMassTransit(bus =>
    {
        bus.SetKebabCaseEndpointNameFormatter();
        bus.AddConsumer<PingConsumer>();
        bus.AddConsumer<FailingConsumer>();
        bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
    });

    var app = builder.Build();
    app.UseHttpMetrics(options => options.ReduceStatusCodeCardinality());
    app.MapGet("/things/{id:guid}", (Guid id) => TypedResults.Ok(id));
    app.MapMetrics("/metrics");
    await app.StartAsync();

    using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    // The meter adapter starts listening on the first collection: scrape once before measuring.
    await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
    var bus = app.Services.GetRequiredService<IBus>();
    for (var i = 0; i < 3; i++)
    {
        await bus.Publish(new Ping(i));
        await bus.Publish(new Fail(i));
    }

    await http.GetAsync(new Uri($"/things/{Guid.NewGuid()}", UriKind.Relative));
    await Task.Delay(TimeSpan.FromSeconds(3));
    var exposition = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
    await app.StopAsync();

    foreach (var line in exposition.Split('\n').Where(line => line.StartsWith("# TYPE ", StringComparison.Ordinal)))
    {
        var parts = line.Split(' ');
        Console.WriteLine($"{parts[3]} {parts[2]}");
    }

    return 0;
}
