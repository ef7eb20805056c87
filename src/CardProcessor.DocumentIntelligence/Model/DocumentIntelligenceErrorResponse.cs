namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The envelope of every 4xx/5xx response: <c>{"error": {…}}</c>.</summary>
public sealed record DocumentIntelligenceErrorResponse(DocumentIntelligenceError Error);
