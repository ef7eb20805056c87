namespace CardProcessor.Extraction.Reconciliation;

/// <summary>The stable codes of <see cref="Model.ExtractionFinding"/>s (documented in docs/extraction.md).</summary>
public static class FindingCodes
{
    /// <summary>A page had no text layer and was not read.</summary>
    public const string PageWithoutText = "page-without-text";

    /// <summary>Card activity report: a transaction's line items do not add up to its <c>Transaction
    /// Totals</c>.</summary>
    public const string LineItemsVsTransactionTotals = "line-items-vs-transaction-totals";

    /// <summary>Card activity report: line items with no <c>Transaction Totals</c> line after them.</summary>
    public const string TransactionTotalsMissing = "transaction-totals-missing";

    /// <summary>Card activity report: a <c>Transaction Totals</c> line with no line items before it.</summary>
    public const string TransactionTotalsWithoutLineItems = "transaction-totals-without-line-items";

    /// <summary>Card activity report: a card's transactions in a merchant group do not add up to its category
    /// total.</summary>
    public const string CategoryTotal = "category-total";

    /// <summary>A card's (or cardholder's) transactions do not add up to its printed total.</summary>
    public const string CardTotal = "card-total";

    /// <summary>Card activity report: a card's category totals do not add up to its <c>Total</c>.</summary>
    public const string CategoryTotalsVsCardTotal = "category-totals-vs-card-total";

    /// <summary>A card section has no printed total to check against.</summary>
    public const string CardTotalMissing = "card-total-missing";

    /// <summary>Card activity report: a product summary row does not match the line items of that product.</summary>
    public const string ProductSummary = "product-summary";

    /// <summary>Card activity report: the product summary rows do not add up to the <c>Grand Total</c> row.</summary>
    public const string ProductSummaryVsGrandTotal = "product-summary-vs-grand-total";

    /// <summary>The card totals do not add up to the <c>Grand Total</c> / <c>Statement Total</c>.</summary>
    public const string GrandTotal = "grand-total";

    /// <summary>The document prints no grand or statement total to check against.</summary>
    public const string GrandTotalMissing = "grand-total-missing";

    /// <summary>Statement: an account summary row disagrees with its cardholder section's total.</summary>
    public const string SummaryRow = "summary-row";

    /// <summary>Statement: an account summary row has no cardholder section, or a section has no summary row.</summary>
    public const string SummaryRowUnmatched = "summary-row-unmatched";

    /// <summary>Statement: the account summary rows do not add up to the summary's <c>Statement Total</c>.</summary>
    public const string SummaryTotal = "summary-total";

    /// <summary>Two printed statement totals (summary page and closing line) disagree.</summary>
    public const string StatementTotalsDisagree = "statement-totals-disagree";

    /// <summary>A table row that looks like a transaction but whose cells cannot be read.</summary>
    public const string UnreadableRow = "unreadable-row";

    /// <summary>General statement: previous balance plus the transactions is not the printed new balance.</summary>
    public const string BalanceEquation = "balance-equation";

    /// <summary>General statement: previous + charges − payments − credits is not the new balance.</summary>
    public const string SummaryEquation = "summary-equation";

    /// <summary>General statement: the transactions do not add up to a printed net-activity total.</summary>
    public const string NetActivity = "net-activity";

    /// <summary>General statement: a section's rows do not add up to its printed total.</summary>
    public const string SectionTotal = "section-total";

    /// <summary>Lines that start with a date and show an amount were not read as transactions.</summary>
    public const string UnreadRows = "unread-rows";

    /// <summary>A statement from which no transaction was read (the document fails with this reason).</summary>
    public const string LayoutNotUnderstood = "layout-not-understood";

    /// <summary>The PDF holds more than one document (a statement followed by a receipt report).</summary>
    public const string SeveralDocuments = "several-documents";
}
