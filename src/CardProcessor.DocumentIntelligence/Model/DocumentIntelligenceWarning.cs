namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A non-fatal problem the service met while analyzing.</summary>
public sealed record DocumentIntelligenceWarning(string Code, string Message, string? Target = null);
