using CardProcessor.Data.Cards;
using CardProcessor.Data.Employees;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Processing.Auditing;

/// <summary>The audit rows of reviewers' corrections: employees, aliases, card owners, receipt matches.</summary>
public static class ReviewAudit
{
    public static AuditChange EmployeeRevised(Guid employeeId, EmployeeSnapshot before, EmployeeSnapshot after) =>
        new(AuditActions.EmployeeRevised, employeeId, before, after);

    public static AuditChange AliasAdded(EmployeeAlias a) =>
        new(AuditActions.EmployeeAliasAdded, a.EmployeeId, null, new { a.Alias, a.NormalizedAlias });

    public static AuditChange AliasRemoved(EmployeeAlias a) =>
        new(AuditActions.EmployeeAliasRemoved, a.EmployeeId, new { a.Alias, a.NormalizedAlias }, null);

    public static AuditChange CardOwnerAssigned(Card card, Guid? before) =>
        new(AuditActions.CardOwnerAssigned, card.Id, new { EmployeeId = before }, new { card.EmployeeId });

    /// <summary>A receipt's match as the audit row shows it: take it before the change.</summary>
    public static object Match(Receipt r) => new { r.MatchStatus, r.MatchedTransactionId };

    public static AuditChange MatchChanged(Receipt r, object before) =>
        new(AuditActions.ReceiptMatchChanged, r.Id, before, Match(r));
}
