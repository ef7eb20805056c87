using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Validation;

/// <summary>
/// Thresholds and lists of the validation rules. Read through <c>IOptionsMonitor</c> at every run,
/// so a changed ConfigMap applies without a deploy.
/// </summary>
public sealed class ValidationOptions
{
    public const string SectionName = "Validation";

    /// <summary>
    /// A receipt differing from its charge by more than this many dollars (and
    /// <see cref="AmountTolerancePercent"/>) is flagged.
    /// </summary>
    [Range(typeof(decimal), "0", "10000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal AmountToleranceDollars { get; set; } = 5m;

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal AmountTolerancePercent { get; set; } = 5m;

    /// <summary>Above this difference the mismatch is an error.</summary>
    [Range(typeof(decimal), "0", "1000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal AmountMismatchErrorPercent { get; set; } = 20m;

    [Range(
        typeof(decimal), "0", "10000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal SingleTransactionLimit { get; set; } = 2000m;

    /// <summary>Charges the same card, merchant and amount within this many days are duplicates.</summary>
    [Range(0, 60)]
    public int DuplicateWindowDays { get; set; } = 3;

    /// <summary>A transaction dated this many days outside the statement period is flagged.</summary>
    [Range(0, 365)]
    public int OutsidePeriodToleranceDays { get; set; } = 7;

    /// <summary>
    /// Merchant groups allowed per card type (<c>Person</c>, <c>Vehicle</c>); a type with no list
    /// allows all.
    /// </summary>
    public Dictionary<string, List<string>> AllowedMerchantGroups { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ChartOfAccounts ChartOfAccounts { get; set; } = new();

    /// <summary>Validated with the rest at start: its ranges are checked as this class's own are.</summary>
    [ValidateObjectMembers]
    public MatchingOptions Matching { get; set; } = new();
}
