namespace CardProcessor.Reports.Cards;

/// <summary>
/// One card on a session's statement, as finance sees it: whose it is, where it is printed, and whether it is done.
/// </summary>
/// <param name="Name">
/// The employee's name of record (display name first), or the printed holder name for a vehicle or an unowned card.
/// </param>
/// <param name="EmployeeNumber">The employee id as the statement prints it (a vehicle's unit number too).</param>
/// <param name="Statements">The statement pages of the card's section, per statement document.</param>
/// <param name="Receipts">The receipts that belong to the card, in receipt-report order.</param>
/// <param name="OpenIssues">Open or reopened issues about the card, its charges or its receipts.</param>
internal sealed record SessionCard(
    Guid CardId,
    string Last4,
    string HolderName,
    bool IsVehicle,
    Guid? EmployeeId,
    string? EmployeeNumber,
    string Name,
    IReadOnlyList<StatementPages> Statements,
    IReadOnlyList<CardReceipt> Receipts,
    int OpenIssues)
{
    public bool IsFinished => OpenIssues == 0;
}

/// <param name="Pages">1-based page numbers in the statement document.</param>
internal sealed record StatementPages(Guid DocumentId, IReadOnlyList<int> Pages);

/// <param name="Page">1-based page number in the receipt report.</param>
internal sealed record CardReceipt(Guid Id, Guid DocumentId, int Page, decimal Amount);
