namespace CardProcessor.Processing.Validation;

/// <summary>What a validation run changed.</summary>
public sealed record ValidationSummary(
    int Opened,
    int StillOpen,
    int Closed,
    int Reopened,
    int ReceiptsMatched,
    int MatchesSuggested);
