using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CardProcessor.Api.Tests.Infrastructure;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// Pins the JSON of the receipt and transaction lists: every property, in order, with the value the
/// database holds. The reports library projects these rows for the API, the CSV and the workbook, so a
/// change made for an export must not show up here.
/// </summary>
[Collection(ReportsFixtureGroup.Name)]
public sealed class ListResponseShapeTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task The_receipt_list_has_every_property_of_a_receipt_in_order_with_the_database_values()
    {
        foreach (var sessionId in new[] { reports.FixtureSessionId, reports.HostileSessionId })
        {
            await using var db = reports.Api.Database.CreateContext();
            var receipts = await db
                .Receipts.AsNoTracking()
                .Where(r => r.SessionId == sessionId)
                .Include(r => r.MatchedTransaction)
                .ToListAsync();

            var page = await _reader.GetJsonAsync($"/api/v1/sessions/{sessionId}/receipts?pageSize=500");

            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(receipts.Count, items.Count);
            Assert.Equal(
                receipts.OrderBy(r => r.Sequence).Select(r => r.Id),
                items.Select(i => i.GetProperty("id").GetGuid()));
            foreach (var item in items)
            {
                var receipt = receipts.Single(r => r.Id == item.GetProperty("id").GetGuid());
                Assert.Equal(Normalised(ExpectedReceipt(receipt)), Normalised(item));
            }
        }
    }

    [Fact]
    public async Task The_transaction_list_has_every_property_of_a_charge_in_order_with_the_database_values()
    {
        foreach (var sessionId in new[] { reports.FixtureSessionId, reports.HostileSessionId })
        {
            await using var db = reports.Api.Database.CreateContext();
            var transactions = await db
                .Transactions.AsNoTracking()
                .Where(t => t.SessionId == sessionId)
                .Include(t => t.Card)
                .Include(t => t.LineItems)
                .ToListAsync();
            var payers = await db
                .Receipts.AsNoTracking()
                .Where(r =>
                    r.SessionId == sessionId
                    && r.MatchedTransactionId != null
                    && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed))
                .ToDictionaryAsync(r => r.MatchedTransactionId!.Value, r => r.Id);

            var page = await _reader.GetJsonAsync($"/api/v1/sessions/{sessionId}/transactions?pageSize=500");

            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(transactions.Count, items.Count);
            if (sessionId == reports.FixtureSessionId)
            {
                // The fixture's fuel charges carry line items, so the nested list is compared too.
                Assert.Contains(transactions, t => t.LineItems.Count > 0);
            }

            foreach (var item in items)
            {
                var transaction = transactions.Single(t => t.Id == item.GetProperty("id").GetGuid());
                var expected = ExpectedTransaction(
                    transaction,
                    payers.TryGetValue(transaction.Id, out var r) ? r : null);
                Assert.Equal(Normalised(expected), Normalised(item));
            }
        }
    }

    private static object ExpectedReceipt(Receipt r) =>
        new
        {
            id = r.Id,
            sessionId = r.SessionId,
            documentId = r.DocumentId,
            page = r.Page,
            sequence = r.Sequence,
            employeeId = r.EmployeeId,
            cardId = r.CardId,
            employeeName = r.EmployeeName,
            reportNumber = r.ReportNumber,
            expenseType = r.ExpenseType,
            date = r.Date,
            expenseTransactionId = r.ExpenseTransactionId,
            title = r.Title,
            amount = r.Amount,
            purpose = r.Purpose,
            merchant = r.Merchant,
            merchantAddress = r.MerchantAddress,
            reference = r.Reference,
            coding = r.CodingType is null
                ? null
                : new
                {
                    type = r.CodingType,
                    job = r.Job,
                    jobName = r.JobName,
                    phase = r.Phase,
                    phaseName = r.PhaseName,
                    costType = r.CostType,
                    glAccount = r.GlAccount,
                    glDescription = r.GlDescription,
                },
            hasAttachment = r.HasAttachment,
            match = new
            {
                status = r.MatchStatus,
                transactionId = r.MatchedTransactionId,
                transactionReference = r.MatchedTransaction?.Reference,
                score = r.MatchScore,
                reason = r.MatchReason,
            },
            eTag = $"\"{r.Version.ToString(CultureInfo.InvariantCulture)}\"",
        };

    private static object ExpectedTransaction(CardTransaction t, Guid? receiptId) =>
        new
        {
            id = t.Id,
            sessionId = t.SessionId,
            documentId = t.DocumentId,
            page = t.Page,
            sequence = t.Sequence,
            cardId = t.CardId,
            cardLast4 = t.Card!.Last4,
            holderName = t.Card.HolderName,
            employeeId = t.EmployeeId,
            transactionDate = t.TransactionDate,
            postingDate = t.PostingDate,
            reference = t.Reference,
            merchant = t.Merchant,
            city = t.City,
            state = t.State,
            mcc = t.Mcc,
            amount = t.Amount,
            foreign = t.ForeignCurrency is null
                ? null
                : new
                {
                    currency = t.ForeignCurrency,
                    originalAmount = t.ForeignAmount,
                    rate = t.ForeignRate,
                },
            level = t.Level,
            merchantGroup = t.MerchantGroup,
            totals = t.TotalsNet is null
                ? null
                : new
                {
                    gross = t.TotalsGross,
                    discount = t.TotalsDiscount,
                    net = t.TotalsNet,
                },
            lineItems = t
                .LineItems.OrderBy(l => l.LineNumber)
                .Select(l => new
                {
                    lineNumber = l.LineNumber,
                    description = l.Description,
                    unitPrice = l.UnitPrice,
                    quantity = l.Quantity,
                    gross = l.Gross,
                    discount = l.Discount,
                    net = l.Net,
                }),
            receiptId,
        };

    /// <summary>
    /// The JSON text as one writer prints it, so that property order, names and numbers compare exactly.
    /// </summary>
    private static string Normalised(object expected) =>
        JsonSerializer.SerializeToNode(expected, ApiClientExtensions.Json)!.ToJsonString();

    private static string Normalised(JsonElement actual) => JsonNode.Parse(actual.GetRawText())!.ToJsonString();
}
