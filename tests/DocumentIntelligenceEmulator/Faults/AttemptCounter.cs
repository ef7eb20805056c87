using System.Collections.Concurrent;

namespace DocumentIntelligenceEmulator.Faults;

/// <summary>Counts the attempts of one client call (by <c>x-ms-client-request-id</c>) so that "fail twice, then work"
/// holds across retries.</summary>
internal sealed class AttemptCounter
{
    // A bound for long local runs; tests never come near it.
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>The 1-based number of this attempt of the call.</summary>
    public int Next(string callId)
    {
        if (_attempts.Count >= Capacity)
        {
            _attempts.Clear();
        }

        return _attempts.AddOrUpdate(callId, 1, (_, attempts) => attempts + 1);
    }
}
