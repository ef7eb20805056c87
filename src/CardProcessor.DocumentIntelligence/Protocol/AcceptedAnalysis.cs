namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>An analysis the service accepted: where to poll it, and how long it asked the client to wait
/// first.</summary>
internal sealed record AcceptedAnalysis(OperationLocation Location, TimeSpan? RetryAfter);
