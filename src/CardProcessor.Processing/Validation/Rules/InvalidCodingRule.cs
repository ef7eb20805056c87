using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Processing.Validation.Rules;

/// <summary>A Job, Phase, Cost Type or GL account that is not in the configured chart of accounts.</summary>
public sealed class InvalidCodingRule : IValidationRule
{
    public string Code => RuleCodes.InvalidCoding;

    public IEnumerable<IssueCandidate> Evaluate(SessionData session, ValidationOptions options)
    {
        var chart = options.ChartOfAccounts;
        foreach (var receipt in session.Receipts.Where(r => r.CodingType is not null))
        {
            var unknown = Unknown(receipt, chart).ToList();
            if (unknown.Count == 0)
            {
                continue;
            }

            yield return new IssueCandidate(Code, IssueSeverity.Warning, $"receipt:{receipt.Id}",
                $"{receipt.EmployeeName}: receipt '{receipt.Title ?? receipt.Merchant}' of " +
                $"{Money.Format(receipt.Amount)} is coded to {string.Join(", ", unknown)}, not in the chart of " +
                "accounts.")
            {
                ReceiptId = receipt.Id,
                EmployeeId = receipt.EmployeeId,
                CardId = receipt.CardId,
                TransactionId = receipt.MatchedTransactionId,
            };
        }
    }

    private static IEnumerable<string> Unknown(Receipt receipt, ChartOfAccounts chart)
    {
        if (IsUnknown(receipt.Job, chart.Jobs))
        {
            yield return $"Job {receipt.Job}";
        }

        if (IsUnknown(receipt.Phase, chart.Phases))
        {
            yield return $"Phase {receipt.Phase}";
        }

        if (IsUnknown(receipt.CostType, chart.CostTypes))
        {
            yield return $"Cost Type {receipt.CostType}";
        }

        if (IsUnknown(receipt.GlAccount, chart.GlAccounts))
        {
            yield return $"GL account {receipt.GlAccount}";
        }
    }

    private static bool IsUnknown(string? code, List<string> allowed) =>
        code is not null
            && allowed.Count > 0
            && !allowed.Contains(code.TrimEnd('.'), StringComparer.OrdinalIgnoreCase)
            && !allowed.Contains(code, StringComparer.OrdinalIgnoreCase);
}
