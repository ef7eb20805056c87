using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Issues;

/// <summary>
/// What the issue page shows beside the issue: the charge it is about (with its line items) and the receipt
/// matched to that charge or named by the issue, each with the stored page it was read from.
/// </summary>
public sealed record IssueContext(Transaction? Charge, Receipt? Receipt)
{
    public static async Task<IssueContext> LoadAsync(ApiClient api, Issue issue, CancellationToken cancellationToken)
    {
        Transaction? charge = null;
        if (issue.TransactionReference is { Length: > 0 } reference)
        {
            var found = await api.GetAsync<Paged<Transaction>>(
                $"sessions/{issue.SessionId}/transactions?reference={Uri.EscapeDataString(reference)}&pageSize=50",
                cancellationToken);
            charge = found.Items.FirstOrDefault(t => t.Id == issue.TransactionId)
                ?? (found.Items.Count > 0 ? found.Items[0] : null);
        }

        Receipt? receipt = null;
        if (issue.ReceiptId is not null || charge is not null)
        {
            var receipts = await api.GetAsync<Paged<Receipt>>(
                $"sessions/{issue.SessionId}/receipts?pageSize=500", cancellationToken);
            receipt = receipts.Items.FirstOrDefault(r => r.Id == issue.ReceiptId)
                ?? receipts.Items.FirstOrDefault(r => charge is not null && r.Match?.TransactionId == charge.Id);
        }

        return new IssueContext(charge, receipt);
    }
}
