namespace KeyVaultEmulator.Diagnostics;

/// <summary>Every request the emulator answered, in order; bounded so a long local run does not grow without
/// end.</summary>
public sealed class EmulatorRequestLog
{
    private const int Capacity = 10_000;
    private readonly Queue<RecordedRequest> _requests = new();
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _requests];
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_lock)
        {
            if (_requests.Count == Capacity)
            {
                _requests.Dequeue();
            }

            _requests.Enqueue(request);
        }
    }
}
