using System.Globalization;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Reconciliation;

/// <summary>Builds findings whose messages name the subject and both figures.</summary>
internal static class FindingFactory
{
    public static ExtractionFinding PageWithoutText(int page) =>
        new(FindingCodes.PageWithoutText, $"Page {Format(page)} has no text layer and was not read.", Page: page);

    /// <summary>A printed figure and the sum of what was extracted disagree.</summary>
    public static ExtractionFinding Mismatch(
        string code,
        string subject,
        string printedLabel,
        decimal printed,
        decimal extracted,
        string? cardLast4 = null,
        string? reference = null,
        int? page = null,
        string extractedLabel = "the extracted rows add up to") =>
        new(
            code,
            $"{subject}: {printedLabel} prints {Format(printed)} but {extractedLabel} {Format(extracted)} (difference "
                + $"{Format(extracted - printed)}).",
            cardLast4,
            reference,
            printed,
            extracted,
            page);

    public static ExtractionFinding Note(string code, string message, string? cardLast4 = null,
        string? reference = null, int? page = null) =>
        new(code, message, cardLast4, reference, Page: page);

    public static string Format(decimal value) => value.ToString("#,##0.00###", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
