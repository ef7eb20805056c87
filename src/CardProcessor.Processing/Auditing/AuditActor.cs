namespace CardProcessor.Processing.Auditing;

/// <summary>Who made a change, and the request or message it belongs to.</summary>
/// <param name="Name">A user's name or object id from the token, or <c>system:...</c> for a process.</param>
/// <param name="CorrelationId">The request's correlation id, or the message's.</param>
public sealed record AuditActor(string Name, string? CorrelationId);
