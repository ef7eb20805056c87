namespace CardProcessor.Data.Outbox;

/// <summary>
/// A message written in the same transaction as the state change it announces, published later by
/// the dispatcher. This is what makes "save and publish" atomic.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>
    /// Assembly-qualified-free CLR type name of the contract (<c>CardProcessor.Contracts.ProcessDocument</c>).
    /// </summary>
    public required string MessageType { get; set; }

    public required string Body { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
