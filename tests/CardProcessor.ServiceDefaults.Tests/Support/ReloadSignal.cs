using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace CardProcessor.ServiceDefaults.Tests.Support;

/// <summary>Counts the reloads a configuration signals through its reload token, as options monitors see
/// them.</summary>
internal sealed class ReloadSignal : IDisposable
{
    private readonly IDisposable _registration;
    private readonly SemaphoreSlim _reloads = new(0);
    private int _count;

    public ReloadSignal(IConfiguration configuration) =>
        _registration = ChangeToken.OnChange(configuration.GetReloadToken, () =>
        {
            Interlocked.Increment(ref _count);
            _reloads.Release();
        });

    public int Count => Volatile.Read(ref _count);

    /// <summary>Waits for a reload not yet waited for (one signalled earlier counts); false when none came within
    /// <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout) => _reloads.WaitAsync(timeout, TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _registration.Dispose();
        _reloads.Dispose();
    }
}
