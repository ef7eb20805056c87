using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>
/// The receipt report names a person the statement does not: usually one person under two names
/// (a maiden name, a nickname). Where that person's receipts pay one card's charges, the card is named
/// so a reviewer can add an alias.
/// </summary>
public sealed class NameMismatchRule : IValidationRule
{
    public string Code => RuleCodes.NameMismatch;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        if (session.StatementCards.Count == 0)
        {
            yield break;
        }

        var onStatement = session.StatementCards.Select(c => c.EmployeeId).OfType<Guid>().ToHashSet();
        foreach (var person in session.Receipts.Where(r => r.EmployeeId is not null && !onStatement.Contains(r.EmployeeId.Value)).GroupBy(r => r.EmployeeId!.Value))
        {
            var receipts = person.ToList();
            var likelyCard = session.Transactions
                .Where(t => receipts.Any(r => r.Amount == t.Amount && Math.Abs(r.Date.DayNumber - t.TransactionDate.DayNumber) <= options.Matching.DateWindowDays))
                .GroupBy(t => t.CardId)
                .OrderByDescending(g => g.Count())
                .FirstOrDefault();
            var name = receipts[0].EmployeeName;
            var message = likelyCard is null
                ? $"The receipt report names '{name}' ({receipts.Count} receipts), who has no card on the statement."
                : $"The receipt report names '{name}', whose {likelyCard.Count()} of {receipts.Count} receipts match charges on {session.DescribeCard(likelyCard.Key)}: if they are one person, add an alias.";
            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"employee:{person.Key}", message)
            {
                EmployeeId = person.Key,
                CardId = likelyCard?.Key,
            };
        }
    }
}
