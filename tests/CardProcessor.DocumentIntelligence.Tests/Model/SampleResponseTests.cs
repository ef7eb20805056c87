using System.Text.Json;
using System.Text.Json.Nodes;
using CardProcessor.DocumentIntelligence.Model;
using CardProcessor.DocumentIntelligence.Protocol;
using CardProcessor.DocumentIntelligence.Tests.Support;

namespace CardProcessor.DocumentIntelligence.Tests.Model;

/// <summary>
/// Microsoft's published payloads read into the typed records and written back give the same JSON: nothing the
/// service sends is dropped or altered.
/// </summary>
public sealed class SampleResponseTests
{
    public static TheoryData<string, string> OperationBodies => new()
    {
        { "service-output-2022-08-31/layout-model-output.json", "$" },
        { "service-output-2022-08-31/invoice-model-output.json", "$" },
        { "service-output-2022-08-31/receipt-model-output.json", "$" },
        { "spec-2024-11-30/GetAnalyzeDocumentResult.prebuilt-invoice.TRIMMED.body.json", "$" },
        { "spec-2024-11-30/GetClassifyDocumentResult.json", "$.responses.200.body" },
    };

    public static TheoryData<string> AnalyzeRequests => new()
    {
        "spec-2024-11-30/AnalyzeDocument_Base64.json",
        "spec-2024-11-30/AnalyzeDocument_Url.json",
    };

    [Theory]
    [MemberData(nameof(OperationBodies))]
    public void Analyze_operation_round_trips_without_loss(string file, string bodyPath)
    {
        var original = Select(Load(file), bodyPath);

        var operation = original.Deserialize<AnalyzeOperation>(DocumentIntelligenceJson.Options);
        var written = JsonSerializer.SerializeToNode(operation, DocumentIntelligenceJson.Options);

        Assert.Empty(JsonEquivalence.Differences(original, written));
        Assert.Equal("succeeded", operation!.Status);
        Assert.NotEmpty(operation.AnalyzeResult!.Pages);
    }

    [Theory]
    [MemberData(nameof(AnalyzeRequests))]
    public void Analyze_request_body_round_trips_without_loss(string file)
    {
        var original = Select(Load(file), "$.parameters.analyzeRequest");

        var request = original.Deserialize<AnalyzeDocumentRequest>(DocumentIntelligenceJson.Options);
        var written = JsonSerializer.SerializeToNode(request, DocumentIntelligenceJson.Options);

        Assert.Empty(JsonEquivalence.Differences(original, written));
        Assert.True(request!.UrlSource is not null ^ request.Base64Source is not null);
    }

    [Theory]
    [InlineData("spec-2024-11-30/AnalyzeDocument_Base64.json")]
    [InlineData("spec-2024-11-30/AnalyzeDocument_Url.json")]
    [InlineData("spec-2024-11-30/AnalyzeDocument_Stream.json")]
    public void Operation_location_of_the_examples_is_accepted_for_its_endpoint(string file)
    {
        var example = Load(file);
        var endpoint = new Uri(example["parameters"]!["endpoint"]!.GetValue<string>());
        var header = example["responses"]!["202"]!["headers"]!["Operation-Location"]!.GetValue<string>();

        var location = OperationLocation.Parse(header, endpoint);

        Assert.Equal("3b31320d-8bab-4f88-b19c-2322a7f11034", location.ResultId);
        Assert.Equal(header, location.Uri.AbsoluteUri);
    }

    [Fact]
    public void Errors_of_the_batch_example_round_trip_without_loss()
    {
        var details = Select(Load("spec-2024-11-30/GetAnalyzeBatchDocumentsResult.json"),
            "$.responses.200.body.result.details").AsArray();
        var errors = details.Select(d => d!["error"]).OfType<JsonObject>().ToList();
        Assert.NotEmpty(errors);

        foreach (var original in errors)
        {
            var error = original.Deserialize<DocumentIntelligenceError>(DocumentIntelligenceJson.Options);
            Assert.Empty(
                JsonEquivalence.Differences(original,
                JsonSerializer.SerializeToNode(error, DocumentIntelligenceJson.Options)));
            Assert.Equal("InvalidContent", error!.MostSpecificCode);
        }
    }

    [Fact]
    public void Every_fixture_is_covered_or_deliberately_left_out()
    {
        // Batch analysis and model management are not part of this client (per-upload analysis only).
        string[] leftOut = ["spec-2024-11-30/AnalyzeBatchDocuments.json",
            "spec-2024-11-30/GetDocumentModel_Prebuilt.json"];
        var covered = OperationBodies.Select(row => (string)row.Data.Item1)
            .Concat(AnalyzeRequests.Select(row => (string)row.Data))
            .Append("spec-2024-11-30/AnalyzeDocument_Stream.json")
            .Append("spec-2024-11-30/GetAnalyzeBatchDocumentsResult.json")
            .Concat(leftOut);
        var root = SharedFixtures.PathOf("docintel");

        var fixtures = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'));

        Assert.Empty(fixtures.Except(covered));
    }

    [Fact]
    public void Field_values_are_typed()
    {
        var invoice = Load("service-output-2022-08-31/invoice-model-output.json")
            .Deserialize<AnalyzeOperation>(DocumentIntelligenceJson.Options)!;
        var fields = invoice.AnalyzeResult!.Documents![0].Fields!;

        Assert.Equal(new DateOnly(2019, 11, 15), fields["InvoiceDate"].ValueDate);
        Assert.Equal(110, fields["InvoiceTotal"].ValueCurrency!.Amount);
        Assert.Equal("$", fields["InvoiceTotal"].ValueCurrency!.CurrencySymbol);
        Assert.Equal("New York", fields["VendorAddress"].ValueAddress!.City);
        var item = fields["Items"].ValueArray![0].ValueObject!;
        Assert.Equal("object", fields["Items"].ValueArray![0].Type);
        Assert.Equal(60, item["Amount"].ValueCurrency!.Amount);

        var receipt = Load("service-output-2022-08-31/receipt-model-output.json")
            .Deserialize<AnalyzeOperation>(DocumentIntelligenceJson.Options)!;
        var receiptFields = receipt.AnalyzeResult!.Documents![0].Fields!;
        Assert.Equal(new TimeOnly(13, 59), receiptFields["TransactionTime"].ValueTime);
        Assert.Equal("+19876543210", receiptFields["MerchantPhoneNumber"].ValuePhoneNumber);
    }

    [Fact]
    public void Field_with_a_type_but_no_value_keeps_its_content()
    {
        var trimmed = Load("spec-2024-11-30/GetAnalyzeDocumentResult.prebuilt-invoice.TRIMMED.body.json")
            .Deserialize<AnalyzeOperation>(DocumentIntelligenceJson.Options)!;

        var tax = trimmed.AnalyzeResult!.Documents![0].Fields!["Items"].ValueArray![0].ValueObject!["Tax"];

        Assert.Equal("number", tax.Type);
        Assert.Null(tax.ValueNumber);
        Assert.Equal("10%", tax.Content);
    }

    [Fact]
    public void Selection_marks_and_table_cells_are_read()
    {
        var layout = Load("service-output-2022-08-31/layout-model-output.json")
            .Deserialize<AnalyzeOperation>(DocumentIntelligenceJson.Options)!.AnalyzeResult!;

        Assert.NotEmpty(layout.Pages[0].SelectionMarks!);
        Assert.All(layout.Pages[0].SelectionMarks!,
            mark => Assert.Contains(mark.State, new[] { "selected", "unselected" }));
        var table = layout.Tables![0];
        Assert.Contains(table.Cells, cell => cell.Kind == "columnHeader");
        Assert.All(table.Cells, cell => Assert.InRange(cell.RowIndex, 0, table.RowCount - 1));
    }

    private static JsonNode Load(string file) =>
        JsonNode.Parse(File.ReadAllText(SharedFixtures.PathOf("docintel", file)))!;

    private static JsonNode Select(JsonNode root, string path) =>
        path.Split('.').Skip(1).Aggregate(root, (node, name) => node[name]!);
}
