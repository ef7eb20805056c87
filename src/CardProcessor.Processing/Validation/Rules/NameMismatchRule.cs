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
        static bool Pays(
            Data.Receipts.Receipt receipt,
            Data.Transactions.CardTransaction charge,
            ValidationOptions options) =>
            receipt.Amount == charge.Amount
                && Math.Abs(
                    receipt.Date.DayNumber - charge.TransactionDate.DayNumber) <= options.Matching.DateWindowDays;

        if (session.StatementCards.Count == 0)
        {
            yield break;
        }

        var onStatement = session.StatementCards.Select(c => c.EmployeeId).OfType<Guid>().ToHashSet();
        foreach (
            var person in session.Receipts.Where(r => r.EmployeeId is not null
                && !onStatement.Contains(r.EmployeeId.Value)).GroupBy(r => r.EmployeeId!.Value))
        {
            var receipts = person.ToList();
            // Per card, how many of this person's receipts have a charge of their amount and date on it.
            var likelyCard = session.Transactions
                .GroupBy(t => t.CardId)
                .Select(card => (CardId: card.Key, Receipts: receipts.Count(r => card.Any(t => Pays(r, t, options)))))
                .Where(card => card.Receipts > 0)
                .OrderByDescending(card => card.Receipts)
                .Select(card => ((Guid CardId, int Receipts)?)card)
                .FirstOrDefault();
            var name = receipts[0].EmployeeName;
            var message = likelyCard is not { } card
                ? $"The receipt report names '{name}' ({receipts.Count} receipts), who has no card on the statement."
                : $"The receipt report names '{name}', whose {card.Receipts} of {receipts.Count} receipts match " +
                    $"charges on {session.DescribeCard(card.CardId)}: if they are one person, add an alias.";
            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"employee:{person.Key}", message)
            {
                EmployeeId = person.Key,
                CardId = likelyCard?.CardId,
            };
        }
    }
}
