using CardProcessor.Data;
using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Transactions;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Names;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Persistence;

/// <summary>
/// Stores what the extractor read from one document: employees and their revisions, cards,
/// transactions with line items, receipts. Idempotent: writing a document again replaces its rows,
/// so a redelivered message never duplicates anything.
/// </summary>
public sealed class ExtractionWriter(CardProcessorDbContext db, TimeProvider time)
{
    /// <summary>
    /// Serialises writers across worker replicas: two documents naming the same new person must not create two
    /// employees.
    /// </summary>
    private const long EmployeeWriteLock = 0x4361_7264_5072_6F63;

    public const string WorkerActor = "system:worker";

    /// <summary>
    /// Writes <paramref name="extracted"/> for <paramref name="document"/>. The caller owns the transaction.
    /// </summary>
    public async Task WriteAsync(
        SourceDocument document,
        ExtractedDocument extracted,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({EmployeeWriteLock})", cancellationToken);
        await RemovePreviousRowsAsync(document.Id, cancellationToken);

        var now = time.GetUtcNow();
        var employees = new EmployeeDirectory(db, document.SessionId, WorkerActor, now);
        await employees.LoadAsync(
            extracted.Cardholders.Select(c => c.EmployeeId).OfType<string>().Distinct().ToList(),
            extracted.Cardholders.Select(c => PersonName.Normalize(c.Name))
                .Concat(extracted.Receipts.Select(r => PersonName.Normalize(r.Employee)))
                .Distinct()
                .ToList(),
            cancellationToken);

        if (extracted.Kind == CardProcessor.Extraction.Model.DocumentKind.Statement)
        {
            await WriteStatementAsync(document, extracted, employees, now, cancellationToken);
        }
        else
        {
            WriteReceipts(document, extracted, employees);
        }

        document.CompleteExtraction(
            extracted.Layout,
            extracted.PageCount,
            extracted.Findings.Select(ToFinding).ToList(),
            now);

        await db.SaveChangesAsync(cancellationToken);
        employees.PromoteNewRevisions();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RemovePreviousRowsAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await db.Receipts.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.Transactions.Where(t => t.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.StatementCards.Where(c => c.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WriteStatementAsync(
        SourceDocument document,
        ExtractedDocument extracted,
        EmployeeDirectory employees,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var cards = new CardDirectory(db, now);
        await cards.LoadAsync(extracted.Cardholders.Select(c => c.CardLast4).Distinct().ToList(), cancellationToken);

        var sequence = 0;
        var cardSequence = 0;
        foreach (var holder in extracted.Cardholders)
        {
            var isVehicle = holder.IsVehicle ?? false;
            // Vehicle cards belong to a fleet unit, not a person: a reviewer assigns their owner.
            var employee = isVehicle ? null : employees.Resolve(
                holder.Name,
                holder.EmployeeId,
                holder.DisplayName,
                holder.CardLast4);

            var card = cards.Resolve(holder);
            card.IsVehicle = isVehicle;
            card.EmployeeId ??= employee?.Id;

            db.StatementCards.Add(new StatementCard
            {
                Id = Guid.CreateVersion7(),
                SessionId = document.SessionId,
                DocumentId = document.Id,
                CardId = card.Id,
                EmployeeId = card.EmployeeId,
                HolderName = holder.Name,
                EmployeeNumber = holder.EmployeeId,
                PrintedTotal = holder.Total,
                CategoryTotals = holder.CategoryTotals?.ToDictionary(),
                Pages = holder.Pages.ToList(),
                Sequence = cardSequence++,
            });

            foreach (var transaction in holder.Transactions)
            {
                db.Transactions.Add(ToEntity(document, card, transaction, sequence++));
            }
        }
    }

    private void WriteReceipts(SourceDocument document, ExtractedDocument extracted, EmployeeDirectory employees)
    {
        var sequence = 0;
        foreach (var receipt in extracted.Receipts)
        {
            // A receipt images report prints a display name ("Jane A. Doe"); a simple report prints the name of record.
            var employee = employees.Resolve(receipt.Employee, null, receipt.Employee, null);
            var coding = receipt.Coding;
            db.Receipts.Add(new Receipt
            {
                Id = Guid.CreateVersion7(),
                SessionId = document.SessionId,
                DocumentId = document.Id,
                Page = receipt.Page,
                Sequence = sequence++,
                EmployeeId = employee.Id,
                EmployeeName = receipt.Employee,
                ReportNumber = receipt.ReportNumber,
                ExpenseType = receipt.ExpenseType,
                Date = receipt.Date,
                ExpenseTransactionId = receipt.TransactionId,
                Title = receipt.Title,
                Amount = receipt.Amount,
                Purpose = receipt.Purpose,
                Merchant = receipt.Merchant,
                MerchantAddress = receipt.MerchantAddress,
                Reference = receipt.Reference,
                CodingType = coding?.Type.ToString(),
                Job = coding?.Job,
                JobName = coding?.JobName,
                Phase = coding?.Phase,
                PhaseName = coding?.PhaseName,
                CostType = coding?.CostType,
                GlAccount = coding?.GlAccount,
                GlDescription = coding?.GlDescription,
                HasAttachment = receipt.HasAttachment,
            });
        }
    }

    private static CardTransaction ToEntity(
        SourceDocument document,
        Card card,
        ExtractedTransaction source,
        int sequence)
    {
        var entity = new CardTransaction
        {
            Id = Guid.CreateVersion7(),
            SessionId = document.SessionId,
            DocumentId = document.Id,
            Page = source.Page,
            Sequence = sequence,
            CardId = card.Id,
            EmployeeId = card.EmployeeId,
            TransactionDate = source.TransactionDate,
            PostingDate = source.PostingDate,
            Reference = source.Reference,
            Merchant = source.Merchant,
            City = source.City,
            State = source.State,
            Mcc = source.Mcc,
            Amount = source.Amount,
            ForeignCurrency = source.Foreign?.Currency,
            ForeignAmount = source.Foreign?.OriginalAmount,
            ForeignRate = source.Foreign?.Rate,
            Level = source.Level,
            MerchantGroup = source.MerchantGroup,
            TotalsGross = source.Totals?.Gross,
            TotalsDiscount = source.Totals?.Discount,
            TotalsNet = source.Totals?.Net,
        };

        var line = 0;
        foreach (var item in source.LineItems)
        {
            entity.LineItems.Add(new TransactionLineItem
            {
                Id = Guid.CreateVersion7(),
                TransactionId = entity.Id,
                LineNumber = ++line,
                Description = item.Description,
                UnitPrice = item.UnitPrice,
                Quantity = item.Quantity,
                Gross = item.Gross,
                Discount = item.Discount,
                Net = item.Net,
            });
        }

        return entity;
    }

    private static DocumentFinding ToFinding(ExtractionFinding finding) => new()
    {
        Code = finding.Code,
        Message = finding.Message,
        CardLast4 = finding.CardLast4,
        Reference = finding.Reference,
        Printed = finding.Printed,
        Extracted = finding.Extracted,
        Page = finding.Page,
    };
}
