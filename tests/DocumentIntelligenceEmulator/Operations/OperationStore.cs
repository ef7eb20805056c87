using System.Collections.Concurrent;

namespace DocumentIntelligenceEmulator.Operations;

/// <summary>The emulator's accepted analyses by result id, until a client deletes them.</summary>
public sealed class OperationStore
{
    private readonly ConcurrentDictionary<string, EmulatedOperation> _operations = new(
        StringComparer.OrdinalIgnoreCase);

    public int Count => _operations.Count;

    public bool Contains(string resultId) => _operations.ContainsKey(resultId);

    internal void Add(EmulatedOperation operation) => _operations[operation.ResultId] = operation;

    internal EmulatedOperation? Find(string modelId, string resultId) =>
        _operations.TryGetValue(resultId, out var operation) && operation.ModelId == modelId ? operation : null;

    internal bool Remove(string modelId, string resultId) =>
        Find(modelId, resultId) is not null && _operations.TryRemove(resultId, out _);
}
