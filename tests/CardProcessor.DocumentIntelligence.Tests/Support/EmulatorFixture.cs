using Azure;
using Azure.Core;
using DocumentIntelligenceEmulator;
using DocumentIntelligenceEmulator.Diagnostics;

namespace CardProcessor.DocumentIntelligence.Tests.Support;

/// <summary>
/// An emulator on a free loopback port for one test class, polled fast: <c>Retry-After: 0</c> and a 10 ms
/// client minimum. Tests within a class run one after another, so a test may read the request log from the
/// point it started at.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    public const string Key = "emulator-key";

    private RunningEmulator? _emulator;

    public RunningEmulator Emulator => _emulator
        ?? throw new InvalidOperationException("The emulator has not started.");

    public Uri Endpoint => Emulator.Endpoint;

    public string SidecarDirectory { get; } = Directory.CreateTempSubdirectory("di-sidecars-").FullName;

    public IReadOnlyList<RecordedRequest> RequestsSince(int start) => Emulator.Requests.Snapshot().Skip(start).ToList();

    public int RequestCount => Emulator.Requests.Snapshot().Count;

    /// <summary>A client with fast polls and retries; <paramref name="faults"/> goes into
    /// <c>x-emulator-faults</c>.</summary>
    public DocumentIntelligenceClient CreateClient(string? faults = null,
        Action<DocumentIntelligenceClientOptions>? configure = null, string key = Key) =>
        new(Endpoint, new AzureKeyCredential(key), FastOptions(faults, configure));

    public static DocumentIntelligenceClientOptions FastOptions(string? faults = null,
        Action<DocumentIntelligenceClientOptions>? configure = null)
    {
        var options = new DocumentIntelligenceClientOptions
        {
            MinimumPollInterval = TimeSpan.FromMilliseconds(10),
            AnalyzeTimeout = TimeSpan.FromSeconds(20),
        };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        if (faults is not null)
        {
            options.AddPolicy(new FaultScriptPolicy(faults), HttpPipelinePosition.PerCall);
        }

        configure?.Invoke(options);
        return options;
    }

    public virtual async ValueTask InitializeAsync() =>
        SetEmulator(await EmulatorApp.StartAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--key", Key,
            "--retry-after", "0",
            "--running-polls", "1",
            "--sidecars", SidecarDirectory,
            "--Logging:LogLevel:Default=Warning",
        ]));

    protected void SetEmulator(RunningEmulator emulator) => _emulator = emulator;

    public virtual async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        Directory.Delete(SidecarDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
