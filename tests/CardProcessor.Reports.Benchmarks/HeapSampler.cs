namespace CardProcessor.Reports.Benchmarks;

/// <summary>
/// Samples the managed heap as the last collection left it (size less fragmentation), every few
/// milliseconds, and keeps the largest: the memory an export holds on to, unlike the resident set,
/// which also counts garbage the collector has not needed to collect yet.
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public HeapSampler() => _sampling = Task.Run(SampleAsync);

    public double PeakMegabytes => Interlocked.Read(ref _peak) / 1048576.0;

    public void Dispose()
    {
        _stop.Cancel();
        _sampling.GetAwaiter().GetResult();
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            var held = info.HeapSizeBytes - info.FragmentedBytes;
            if (held > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, held);
            }

            try
            {
                await Task.Delay(5, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
