namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>
/// A piece of text placed on a generated page: <paramref name="X"/> is its left edge, or its right
/// edge when <paramref name="AlignRight"/>; <paramref name="Baseline"/> is measured from the top.
/// </summary>
internal sealed record TextRun(string Text, double X, double Baseline, double Size, bool Bold, bool AlignRight);
