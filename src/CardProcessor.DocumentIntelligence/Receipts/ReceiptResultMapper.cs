using CardProcessor.DocumentIntelligence.Model;

namespace CardProcessor.DocumentIntelligence.Receipts;

/// <summary>
/// Maps a <c>prebuilt-receipt</c> result to <see cref="ReceiptAnalysis"/>. Money fields are typed
/// <c>currency</c> by the 2024-11-30 service and <c>number</c> by older versions and the spec's examples; both
/// are read, and a field the service left without a value falls back to its printed text.
/// </summary>
public static class ReceiptResultMapper
{
    private static readonly string[] _moneyFields = ["Total", "Subtotal", "TotalTax"];

    public static IReadOnlyList<ReceiptAnalysis> Map(AnalyzeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return (result.Documents ?? []).Select(Map).ToList();
    }

    public static ReceiptAnalysis Map(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = document.Fields ?? new Dictionary<string, DocumentField>();
        return new ReceiptAnalysis(
            document.DocType,
            document.Confidence,
            Text(fields.GetValueOrDefault("MerchantName")),
            fields.GetValueOrDefault("TransactionDate")?.ValueDate,
            fields.GetValueOrDefault("TransactionTime")?.ValueTime,
            Money(fields.GetValueOrDefault("Total")),
            Money(fields.GetValueOrDefault("Subtotal")),
            Money(fields.GetValueOrDefault("TotalTax")) ?? SumOfTaxDetails(fields.GetValueOrDefault("TaxDetails")),
            Money(fields.GetValueOrDefault("Tip")),
            CurrencyCode(fields),
            Items(fields.GetValueOrDefault("Items")));
    }

    private static List<ReceiptItem> Items(DocumentField? items) =>
        (items?.ValueArray ?? [])
            .Select(item => item.ValueObject ?? new Dictionary<string, DocumentField>())
            .Select(item => new ReceiptItem(
                Text(item.GetValueOrDefault("Description")),
                Number(item.GetValueOrDefault("Quantity")),
                Money(item.GetValueOrDefault("Price")),
                Money(item.GetValueOrDefault("TotalPrice"))))
            .ToList();

    private static decimal? SumOfTaxDetails(DocumentField? taxDetails)
    {
        var amounts = (taxDetails?.ValueArray ?? [])
            .Select(detail => Money(detail.ValueObject?.GetValueOrDefault("Amount")))
            .ToList();
        return amounts.Count > 0 && amounts.All(amount => amount.HasValue) ? amounts.Sum() : null;
    }

    private static string? CurrencyCode(IReadOnlyDictionary<string, DocumentField> fields) =>
        _moneyFields
            .Select(name => fields.GetValueOrDefault(name)?.ValueCurrency?.CurrencyCode)
            .FirstOrDefault(code => code is not null);

    private static string? Text(DocumentField? field) => field?.ValueString ?? field?.Content;

    private static decimal? Money(DocumentField? field) => field switch
    {
        null => null,
        { ValueCurrency: { } currency } => ToDecimal(currency.Amount),
        { ValueNumber: { } number } => ToDecimal(number),
        { ValueInteger: { } integer } => integer,
        _ => PrintedAmount.Parse(field.Content),
    };

    private static decimal? Number(DocumentField? field) => field switch
    {
        null => null,
        { ValueNumber: { } number } => ToDecimal(number),
        { ValueInteger: { } integer } => integer,
        _ => PrintedAmount.Parse(field.Content),
    };

    // The service sends money as JSON numbers; the decimal conversion keeps 15 significant digits, which
    // turns 2516.28 back into exactly 2516.28.
    private static decimal? ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 1e15 ? (decimal)value : null;
}
