using System.Text.Json;
using System.Text.Json.Nodes;
using CardProcessor.DocumentIntelligence.Model;
using CardProcessor.DocumentIntelligence.Protocol;
using CardProcessor.DocumentIntelligence.Receipts;
using CardProcessor.DocumentIntelligence.Tests.Support;

namespace CardProcessor.DocumentIntelligence.Tests.Receipts;

public sealed class ReceiptResultMapperTests
{
    [Fact]
    public void Microsofts_receipt_sample_maps_to_its_merchant_date_totals_and_items()
    {
        var result = JsonNode.Parse(
            File.ReadAllText(
            SharedFixtures.PathOf("docintel", "service-output-2022-08-31", "receipt-model-output.json")))![
            "analyzeResult"]
            .Deserialize<AnalyzeResult>(DocumentIntelligenceJson.Options)!;

        var receipt = Assert.Single(ReceiptResultMapper.Map(result));

        Assert.Equal("receipt.retailMeal", receipt.DocumentType);
        Assert.Equal("Contoso", receipt.MerchantName);
        Assert.Equal(new DateOnly(2019, 6, 10), receipt.TransactionDate);
        Assert.Equal(new TimeOnly(13, 59), receipt.TransactionTime);
        Assert.Equal(2516.28m, receipt.Total);
        Assert.Equal(2297.97m, receipt.Subtotal);
        Assert.Equal(218.31m, receipt.TotalTax);
        Assert.Null(receipt.CurrencyCode);
        Assert.Equal("Surface Pro 6", receipt.Items[0].Description);
        Assert.Equal(receipt.Subtotal, receipt.Items.Sum(item => item.TotalPrice));
    }

    [Fact]
    public void Currency_fields_give_their_amount_and_code()
    {
        var document = Receipt(new Dictionary<string, DocumentField>
        {
            ["Total"] = new() { Type = "currency", ValueCurrency = new CurrencyValue(42.1, "$", "USD"),
                Content = "$42.10" },
            ["TaxDetails"] = new()
            {
                Type = "array",
                ValueArray =
                [
                    Object(("Amount", new DocumentField { Type = "currency", ValueCurrency = new CurrencyValue(1.5) })),
                    Object(
                        ("Amount", new DocumentField { Type = "currency", ValueCurrency = new CurrencyValue(2.25) })),
                ],
            },
        });

        var receipt = ReceiptResultMapper.Map(document);

        Assert.Equal(42.10m, receipt.Total);
        Assert.Equal("USD", receipt.CurrencyCode);
        Assert.Equal(3.75m, receipt.TotalTax);
    }

    [Fact]
    public void Fields_without_a_value_fall_back_to_their_printed_text()
    {
        var document = Receipt(new Dictionary<string, DocumentField>
        {
            ["MerchantName"] = new() { Type = "string", Content = "Joe's Diner" },
            ["Total"] = new() { Type = "currency", Content = "$1,234.50" },
            ["Tip"] = new() { Type = "currency", Content = "a smile" },
            ["Items"] = new()
            {
                Type = "array",
                ValueArray = [Object(("Description", new DocumentField { Type = "string", ValueString = "Coffee" }),
                    ("Quantity", new DocumentField { Type = "number", Content = "2" }))],
            },
        });

        var receipt = ReceiptResultMapper.Map(document);

        Assert.Equal("Joe's Diner", receipt.MerchantName);
        Assert.Equal(1234.50m, receipt.Total);
        Assert.Null(receipt.Tip);
        Assert.Null(receipt.TransactionDate);
        Assert.Equal(new ReceiptItem("Coffee", 2m, null, null), Assert.Single(receipt.Items));
    }

    [Fact]
    public void A_result_without_documents_has_no_receipts()
    {
        Assert.Empty(ReceiptResultMapper.Map(new AnalyzeResult { ModelId = "prebuilt-receipt", Documents = [] }));
        Assert.Empty(ReceiptResultMapper.Map(new AnalyzeResult { ModelId = "prebuilt-receipt" }));
    }

    private static AnalyzedDocument Receipt(Dictionary<string, DocumentField> fields) =>
        new("receipt.retailMeal", [], 0.9, Fields: fields);

    private static DocumentField Object(params (string Name, DocumentField Field)[] fields) =>
        new() { Type = "object", ValueObject = fields.ToDictionary(f => f.Name, f => f.Field) };
}
