namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// A labelled amount the statement prints that is not a transaction: a balance, a total, a
/// summary box line. Its label may wrap (<c>NET AMOUNT OF MONTHLY</c> / <c>ACTIVITY</c>).
/// </summary>
internal sealed class StatementFigure(string label, decimal amount, int page)
{
    public string Label { get; private set; } = label;

    public decimal Amount { get; } = amount;

    public int Page { get; } = page;

    public void Continue(string text) => Label = $"{Label} {text}";
}
