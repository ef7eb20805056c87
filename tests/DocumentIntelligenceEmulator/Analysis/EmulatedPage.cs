namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>A page to report: its size in <paramref name="Unit"/> (<c>inch</c> or <c>pixel</c>) and its words in
/// reading order.</summary>
public sealed record EmulatedPage(int Number, double Width, double Height, string Unit,
    IReadOnlyList<EmulatedWord> Words, double Angle = 0);
