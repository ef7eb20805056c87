using CardProcessor.Data.Employees;

namespace CardProcessor.Processing.Persistence;

public static class EmployeeSnapshots
{
    private static readonly List<string> s_noCards = [];

    /// <summary>Value equality, including the card list (record equality compares lists by reference).</summary>
    public static bool AreEqual(EmployeeSnapshot left, EmployeeSnapshot right) =>
        left with { CardLast4 = s_noCards } == right with { CardLast4 = s_noCards }
        && left.CardLast4.SequenceEqual(right.CardLast4, StringComparer.Ordinal);
}
