namespace CardProcessor.Data.Receipts;

/// <summary>What can happen to a receipt's match; <see cref="MatchLifecycle"/> says in which states.</summary>
public enum MatchAction
{
    /// <summary>The matcher clears its own earlier proposal before matching again.</summary>
    Reset,

    /// <summary>
    /// The matcher pairs the receipt with a charge: Matched above the automatic score, else Suggested.
    /// </summary>
    Propose,

    /// <summary>A reviewer says which charge the receipt pays.</summary>
    Confirm,

    /// <summary>A reviewer says the receipt pays no charge on the statement.</summary>
    Dismiss,

    /// <summary>A reviewer confirms another receipt for this one's charge: this one lets go of it.</summary>
    GiveWay,
}
