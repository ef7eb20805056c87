using System.Net;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Documents;

public sealed class UploadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _processor = api.ClientFor("Processor");

    [Fact]
    public async Task A_statement_is_stored_and_its_kind_recognised_from_its_content()
    {
        var session = await _processor.CreateSessionAsync();

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload(Fixtures.Car("car-2001-002.pdf")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.ReadJsonAsync();
        Assert.Equal("Statement", document.GetProperty("kind").GetString());
        Assert.Equal("cardholder-activity-report", document.GetProperty("layout").GetString());
        Assert.Equal(4, document.GetProperty("pageCount").GetInt32());
        Assert.Equal("Uploaded", document.GetProperty("status").GetString());
        Assert.Equal(64, document.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task A_receipt_report_named_like_a_statement_is_still_recognised_as_a_receipt_report()
    {
        var session = await _processor.CreateSessionAsync();
        var bytes = await File.ReadAllBytesAsync(Fixtures.Car("receipt-images-2001-002.pdf"));

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload(bytes, "statement.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("ReceiptReport", (await response.ReadJsonAsync()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_PDF_is_refused_with_415_whatever_its_name()
    {
        var session = await _processor.CreateSessionAsync();

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload("Name,Amount\nJane,12.00\n"u8.ToArray(), "statement.pdf"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "not a PDF");
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_400()
    {
        var session = await _processor.CreateSessionAsync();

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload([], "empty.pdf"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "empty");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413()
    {
        var session = await _processor.CreateSessionAsync();
        var large = new byte[2_500_000];
        "%PDF-1.4\n"u8.CopyTo(large);

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload(large, "large.pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_same_file_twice_in_one_session_is_reported_as_a_conflict_and_stored_once()
    {
        var session = await _processor.CreateSessionAsync();
        var url = $"/api/v1/sessions/{session.GetProperty("id")}/documents";
        using var first = await _processor.PostAsync(url, Fixtures.Upload(Fixtures.Car("car-2001-002.pdf")));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await _processor.PostAsync(
            url,
            Fixtures.Upload(await File.ReadAllBytesAsync(Fixtures.Car("car-2001-002.pdf")), "renamed.pdf"));

        await AssertProblemAsync(second, HttpStatusCode.Conflict, "already in the session");
        using var list = await _processor.GetAsync(url);
        Assert.Equal(1, (await list.ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_damaged_PDF_is_refused_with_400()
    {
        var session = await _processor.CreateSessionAsync();

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload("%PDF-1.7\nthis is not really a pdf\n"u8.ToArray(), "broken.pdf"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "PDF");
    }

    [Fact]
    public async Task A_PDF_that_is_no_known_document_is_refused_with_a_reason_naming_what_was_expected()
    {
        var session = await _processor.CreateSessionAsync();
        var invoice = Path.Combine(TestEnvironment.SharedFixtures, "docintel", "documents", "invoice.pdf");

        using var response = await _processor.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload(invoice));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "cardholder activity report");
    }

    private static async Task AssertProblemAsync(
        HttpResponseMessage response,
        HttpStatusCode status,
        string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }
}
