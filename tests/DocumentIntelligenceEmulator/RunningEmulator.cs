using DocumentIntelligenceEmulator.Diagnostics;
using DocumentIntelligenceEmulator.Operations;

namespace DocumentIntelligenceEmulator;

/// <summary>An emulator started in-process, with what tests need to point a client at it and look inside.</summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    internal RunningEmulator(WebApplication app)
    {
        App = app;

        // With port 0 Kestrel reports the port it bound once started.
        Endpoint = new Uri(app.Urls.First());
        Requests = app.Services.GetRequiredService<EmulatorRequestLog>();
        Operations = app.Services.GetRequiredService<OperationStore>();
    }

    public WebApplication App { get; }

    /// <summary>The endpoint to give the client, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Every request the emulator answered, in order.</summary>
    public EmulatorRequestLog Requests { get; }

    /// <summary>The analyze operations it holds (deleted ones are gone).</summary>
    public OperationStore Operations { get; }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
