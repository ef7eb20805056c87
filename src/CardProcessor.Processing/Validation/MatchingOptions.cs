using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Processing.Validation;

/// <remarks>
/// The scores' ranges are decimal ranges: <c>[Range(0, 1)]</c> would compare a score rounded to a
/// whole number, and let 1.4 or -0.1 through.
/// </remarks>
public sealed class MatchingOptions
{
    /// <summary>A receipt dated within this many days of the charge can match it.</summary>
    [Range(0, 60)]
    public int DateWindowDays { get; set; } = 3;

    /// <summary>Scores at or above this match automatically.</summary>
    [Range(typeof(decimal), "0", "1", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal AutoMatchScore { get; set; } = 0.6m;

    /// <summary>Scores at or above this (and below the automatic threshold) are suggested to a reviewer.</summary>
    [Range(typeof(decimal), "0", "1", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal SuggestScore { get; set; } = 0.4m;
}
