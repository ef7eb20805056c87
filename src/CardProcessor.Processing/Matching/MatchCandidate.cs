namespace CardProcessor.Processing.Matching;

public sealed record MatchCandidate(Guid ReceiptId, Guid TransactionId, decimal Score, string Reason);
