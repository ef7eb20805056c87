namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// A column of amounts found from the rows' x-positions; a credit column (payments printed apart
/// from charges) holds amounts that reduce the balance, whatever sign they are printed with.
/// </summary>
internal sealed record AmountColumn(double Left, double Right, bool IsCredit)
{
    public bool Holds(WordRun run) => run.Left < Right && run.Right > Left;
}
