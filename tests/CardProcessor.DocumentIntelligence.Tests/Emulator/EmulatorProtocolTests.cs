using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CardProcessor.DocumentIntelligence.Tests.Support;
using DocumentIntelligenceEmulator.Sidecars;

namespace CardProcessor.DocumentIntelligence.Tests.Emulator;

/// <summary>What the emulator answers on the wire, for what the production client never sends.</summary>
public sealed class EmulatorProtocolTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string Analyze = "documentintelligence/documentModels/prebuilt-layout:analyze";
    private readonly HttpClient _http = new() { BaseAddress = emulator.Endpoint };

    [Fact]
    public async Task Requests_without_credentials_get_the_gateways_access_denied()
    {
        using var response = await _http.PostAsync($"{Analyze}?api-version=2024-11-30", Pdf(),
            TestContext.Current.CancellationToken);

        await AssertError(response, HttpStatusCode.Unauthorized, "401", null);
    }

    [Fact]
    public async Task A_missing_api_version_is_an_invalid_argument()
    {
        using var response = await Send(HttpMethod.Post, Analyze, Pdf());

        await AssertError(response, HttpStatusCode.BadRequest, "InvalidArgument", "InvalidParameter");
    }

    [Fact]
    public async Task An_unsupported_media_type_is_refused()
    {
        using var response = await Send(HttpMethod.Post, $"{Analyze}?api-version=2024-11-30",
            new StringContent("hello", Encoding.UTF8, "text/plain"));

        await AssertError(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", null);
    }

    [Fact]
    public async Task A_malformed_fault_script_is_reported_instead_of_ignored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{Analyze}?api-version=2024-11-30") { Content = Pdf() };
        request.Headers.Add("x-emulator-faults", "analyse=429");

        using var response = await Send(request);

        await AssertError(response, HttpStatusCode.BadRequest, "InvalidRequest", "InvalidParameter");
    }

    [Fact]
    public async Task An_unknown_operation_is_not_found()
    {
        using var response = await Send(HttpMethod.Get,
            $"documentintelligence/documentModels/prebuilt-layout/analyzeResults/{Guid.NewGuid()}"
                + $"?api-version=2024-11-30");

        await AssertError(response, HttpStatusCode.NotFound, "NotFound", "OperationNotFound");
    }

    [Fact]
    public async Task An_unknown_path_is_the_gateways_not_found()
    {
        using var response = await Send(HttpMethod.Get, "documentintelligence/info?api-version=2024-11-30");

        await AssertError(response, HttpStatusCode.NotFound, "404", null);
    }

    [Theory]
    [InlineData("utf16CodeUnit", 5, 3, 9, 3)]
    [InlineData("unicodeCodePoint", 5, 2, 8, 3)]
    [InlineData("textElements", 5, 1, 7, 3)]
    [InlineData(null, 5, 1, 7, 3)]
    public async Task Spans_count_in_the_requested_string_index_type(string? stringIndexType, int cardOffset,
        int cardLength, int dueOffset, int dueLength)
    {
        // "Paid 💳️ due": the card emoji is 2 UTF-16 units and one code point, and the variation selector after it
        // one more of each; together they are a single text element.
        var document = Encoding.ASCII.GetBytes("%PDF-1.7 stringIndexType " + stringIndexType);
        EmulatorSidecars.Write(emulator.SidecarDirectory, document, new JsonObject
        {
            ["pages"] = new JsonArray(new JsonObject
            {
                ["pageNumber"] = 1, ["width"] = 8.5, ["height"] = 11, ["unit"] = "inch",
                ["words"] = new JsonArray(
                    Word("Paid", 1), Word("\U0001F4B3\uFE0F", 2), Word("due", 3)),
            }),
        });
        var query = stringIndexType is null ? "" : $"&stringIndexType={stringIndexType}";

        var result = await AnalyzeAsync(document, query);

        var words = result["pages"]![0]!["words"]!.AsArray();
        Assert.Equal(stringIndexType ?? "textElements", result["stringIndexType"]!.GetValue<string>());
        Assert.Equal((cardOffset, cardLength), Span(words[1]!));
        Assert.Equal((dueOffset, dueLength), Span(words[2]!));
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> AnalyzeAsync(byte[] document, string query)
    {
        using var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var accepted = await Send(HttpMethod.Post, $"{Analyze}?api-version=2024-11-30{query}", content);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.GetValues("Operation-Location").Single();
        while (true)
        {
            using var poll = await Send(HttpMethod.Get, location);
            var body = JsonNode.Parse(await poll.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            if (body["status"]!.GetValue<string>() == "succeeded")
            {
                return body["analyzeResult"]!;
            }
        }
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string uri, HttpContent? content = null) =>
        Send(new HttpRequestMessage(method, uri) { Content = content });

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", EmulatorFixture.Key);
            return await _http.SendAsync(request, TestContext.Current.CancellationToken);
        }
    }

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string code,
        string? innerCode)
    {
        Assert.Equal(status, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))![
            "error"]!;
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.Equal(innerCode, error["innererror"]?["code"]?.GetValue<string>());
    }

    private static ByteArrayContent Pdf()
    {
        var content = new ByteArrayContent(SharedFixtures.Bytes("car", "car-2001-002.pdf"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private static JsonObject Word(string text, double left) => new()
    {
        ["content"] = text,
        ["polygon"] = new JsonArray(left, 1, left + 0.5, 1, left + 0.5, 1.2, left, 1.2),
    };

    private static (int Offset, int Length) Span(JsonNode word) =>
        (word["span"]!["offset"]!.GetValue<int>(), word["span"]!["length"]!.GetValue<int>());
}
