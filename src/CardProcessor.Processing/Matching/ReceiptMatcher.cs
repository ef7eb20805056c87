using System.Globalization;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Transactions;
using CardProcessor.Processing.Validation;

namespace CardProcessor.Processing.Matching;

/// <summary>
/// Pairs receipts with the charges they pay. A printed reference decides outright; otherwise the
/// same employee is required, then amount, date and merchant are scored. Each receipt and each charge
/// is used once, best scores first. Reviewer-confirmed matches are kept as they are.
/// </summary>
public static class ReceiptMatcher
{
    // Merchant and date weigh more than amount: a receipt keyed with the wrong amount still pays its
    // charge (and the amount-mismatch rule then flags it), while an exact amount breaks ties between charges.
    private const decimal AmountWeight = 0.35m;
    private const decimal DateWeight = 0.25m;
    private const decimal MerchantWeight = 0.40m;

    public static void Match(
        IReadOnlyList<Receipt> receipts,
        IReadOnlyList<CardTransaction> transactions,
        MatchingOptions options)
    {
        var taken = receipts.Where(r => r.MatchStatus == MatchStatus.Confirmed && r.MatchedTransactionId is not null)
            .Select(r => r.MatchedTransactionId!.Value)
            .ToHashSet();
        // Reviewer decisions (confirmed or dismissed) are never undone by a re-run.
        var open = receipts.Where(r => !r.MatchStatus.IsReviewerDecision()).ToList();
        foreach (var receipt in open)
        {
            receipt.ResetMatch();
        }

        var available = transactions.Where(t => !taken.Contains(t.Id)).ToList();
        var byEmployee = available.Where(t => t.EmployeeId is not null).ToLookup(t => t.EmployeeId!.Value);
        var byReference = available.Where(t => t.Reference is not null)
            .ToLookup(t => t.Reference!, StringComparer.Ordinal);
        var candidates = open
            .SelectMany(r => (r.Reference is null ? [] : byReference[r.Reference])
                .Concat(r.EmployeeId is null ? [] : byEmployee[r.EmployeeId.Value])
                .Distinct()
                .Select(t => Score(r, t, options))
                .OfType<MatchCandidate>())
            .Where(c => c.Score >= options.SuggestScore)
            .OrderByDescending(c => c.Score)
            .ToList();

        var byId = open.ToDictionary(r => r.Id);
        var matchedReceipts = new HashSet<Guid>();
        var cards = transactions.ToDictionary(t => t.Id, t => t.CardId);
        foreach (var candidate in candidates)
        {
            if (matchedReceipts.Contains(candidate.ReceiptId) || !taken.Add(candidate.TransactionId))
            {
                continue;
            }

            matchedReceipts.Add(candidate.ReceiptId);
            byId[candidate.ReceiptId].ProposeMatch(
                candidate.TransactionId,
                cards[candidate.TransactionId],
                Math.Round(candidate.Score, 4),
                candidate.Reason,
                automatic: candidate.Score >= options.AutoMatchScore);
        }
    }

    public static MatchCandidate? Score(Receipt receipt, CardTransaction transaction, MatchingOptions options)
    {
        if (receipt.Reference is not null && transaction.Reference is not null)
        {
            return receipt.Reference == transaction.Reference
                ? new MatchCandidate(receipt.Id, transaction.Id, 1m, $"reference {transaction.Reference}")
                : null;
        }

        if (receipt.EmployeeId is null || receipt.EmployeeId != transaction.EmployeeId)
        {
            return null;
        }

        var days = Math.Abs(receipt.Date.DayNumber - transaction.TransactionDate.DayNumber);
        if (transaction.PostingDate is { } posted)
        {
            days = Math.Min(days, Math.Abs(receipt.Date.DayNumber - posted.DayNumber));
        }

        if (days > options.DateWindowDays)
        {
            return null;
        }

        var amount = AmountScore(receipt.Amount, transaction.Amount);
        var date = 1m - (decimal)days / (options.DateWindowDays + 1);
        var merchant = MerchantSimilarity.Score(receipt.Merchant, transaction.Merchant);
        var score = (AmountWeight * amount) + (DateWeight * date) + (MerchantWeight * merchant);
        var amountText = amount == 1m ? "amount exact" : "amount differs";
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{amountText}, {days} day(s) apart, merchant {merchant:P0} similar");
        return new MatchCandidate(receipt.Id, transaction.Id, score, reason);
    }

    private static decimal AmountScore(decimal receipt, decimal charge)
    {
        if (receipt == charge)
        {
            return 1m;
        }

        var relative = Math.Abs(receipt - charge) / Math.Max(Math.Abs(charge), 0.01m);
        return Math.Max(0m, 1m - relative);
    }
}
