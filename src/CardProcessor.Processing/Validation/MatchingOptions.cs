using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Processing.Validation;

public sealed class MatchingOptions
{
    /// <summary>A receipt dated within this many days of the charge can match it.</summary>
    [Range(0, 60)]
    public int DateWindowDays { get; set; } = 3;

    /// <summary>Scores at or above this match automatically.</summary>
    [Range(0, 1)]
    public decimal AutoMatchScore { get; set; } = 0.6m;

    /// <summary>Scores at or above this (and below the automatic threshold) are suggested to a reviewer.</summary>
    [Range(0, 1)]
    public decimal SuggestScore { get; set; } = 0.4m;
}
