namespace CardProcessor.Extraction.Model;

/// <summary>
/// A printed total that the extracted rows do not reconcile with, or another fact about the
/// document a reviewer must see. The data is stored as read; the finding says what disagrees.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>line-items-vs-transaction-total</c>, <c>card-total</c>,
/// <c>grand-total</c>.</param>
/// <param name="Message">A sentence naming the subject and both figures.</param>
/// <param name="CardLast4">The card the finding is about, when it is about one.</param>
/// <param name="Reference">The transaction the finding is about, when it is about one.</param>
/// <param name="Printed">The figure the document prints.</param>
/// <param name="Extracted">The sum of what was extracted.</param>
/// <param name="Page">The page the printed figure is on.</param>
public sealed record ExtractionFinding(
    string Code,
    string Message,
    string? CardLast4 = null,
    string? Reference = null,
    decimal? Printed = null,
    decimal? Extracted = null,
    int? Page = null);
