using System.Collections.Frozen;
using System.Text.Json;
using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Outbox;

namespace CardProcessor.Processing.Outbox;

/// <summary>Writes messages into the outbox and reads them back; only contract types may travel.</summary>
public static class OutboxContracts
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> s_types = typeof(ProcessDocument).Assembly
        .GetExportedTypes()
        .Where(type => type.Namespace == typeof(ProcessDocument).Namespace)
        .ToFrozenDictionary(type => type.FullName!, StringComparer.Ordinal);

    /// <summary>
    /// Adds <paramref name="message"/> to the outbox; it is published once the caller's SaveChanges
    /// commits. Its time is stamped at the save (<c>SaveClockInterceptor</c>).
    /// </summary>
    public static void AddOutboxMessage<T>(this CardProcessorDbContext db, T message, string? correlationId = null)
        where T : class
    {
        var type = typeof(T);
        if (!s_types.ContainsKey(type.FullName!))
        {
            throw new ArgumentException($"{type.FullName} is not a message contract.", nameof(message));
        }

        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = type.FullName!,
            Body = JsonSerializer.Serialize(message, s_json),
            CorrelationId = correlationId,
        });
    }

    internal static (object Message, Type Type) Read(OutboxMessage row)
    {
        if (!s_types.TryGetValue(row.MessageType, out var type))
        {
            throw new InvalidOperationException($"Outbox message {row.Id} has unknown type {row.MessageType}.");
        }

        var message = JsonSerializer.Deserialize(row.Body, type, s_json)
            ?? throw new InvalidOperationException($"Outbox message {row.Id} has an empty body.");
        return (message, type);
    }
}
