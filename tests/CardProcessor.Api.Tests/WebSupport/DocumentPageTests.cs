using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Net.Http.Json;
using CardProcessor.Api.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace CardProcessor.Api.Tests.WebSupport;

/// <summary>One page of a stored document, served as a PDF of its own for the reviewer's side-by-side view.</summary>
public sealed class DocumentPageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _reader = api.ClientFor("ReadOnly");

    [Fact]
    public async Task A_page_is_a_one_page_pdf_with_the_same_text_as_that_page_of_the_upload()
    {
        var (documentId, path) = await StatementAsync();

        using var response = await _reader.GetAsync($"/api/v1/documents/{documentId}/pages/2");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var served = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        using var original = PdfDocument.Open(path);
        Assert.Equal(1, served.NumberOfPages);
        Assert.Equal(original.GetPage(2).Text, served.GetPage(1).Text);
        Assert.NotEqual(original.GetPage(1).Text, served.GetPage(1).Text);
    }

    [Fact]
    public async Task A_page_is_revalidated_by_its_etag_and_a_page_past_the_end_is_a_404()
    {
        var (documentId, _) = await StatementAsync();
        using var first = await _reader.GetAsync($"/api/v1/documents/{documentId}/pages/1");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{documentId}/pages/1");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var revalidated = await _reader.SendAsync(request);
        using var pastTheEnd = await _reader.GetAsync($"/api/v1/documents/{documentId}/pages/9999");
        using var unknown = await _reader.GetAsync($"/api/v1/documents/{Guid.NewGuid()}/pages/1");

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<(Guid DocumentId, string Path)> StatementAsync()
    {
        var statement = Fixtures.Car("car-2001-002.pdf");
        using var processor = api.ClientFor("Processor");
        var sessionId = (await processor.CreateSessionAsync()).GetProperty("id").GetGuid();
        using var upload = await processor.PostAsync(
            $"/api/v1/sessions/{sessionId}/documents", Fixtures.Upload(statement));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        return ((await upload.ReadJsonAsync()).GetProperty("id").GetGuid(), statement);
    }
}
