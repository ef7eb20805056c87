namespace CardProcessor.Contracts;

/// <summary>Event: a document reached a final state (extracted or failed).</summary>
public sealed record DocumentProcessed(Guid DocumentId, Guid SessionId, bool Succeeded, string? Error);
