namespace CardProcessor.Processing.Auditing;

/// <summary>
/// An action the audit log records (<c>session.created</c>) and the type of entity it is about (<c>session</c>).
/// </summary>
public sealed record AuditAction(string Name, string EntityType);
