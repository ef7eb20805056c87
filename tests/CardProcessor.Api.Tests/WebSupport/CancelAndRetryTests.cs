using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.WebSupport;

/// <summary>
/// Cancel stops a running session (no worker runs here, so documents stay queued until cancelled);
/// retry queues a failed document again with its message in the outbox.
/// </summary>
public sealed class CancelAndRetryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _processor = api.ClientFor("Processor");

    [Fact]
    public async Task Cancelling_fails_every_unfinished_document_with_who_cancelled_and_fails_the_session()
    {
        var sessionId = await StartProcessingAsync();

        using var cancelled = await _processor.PostAsync($"/api/v1/sessions/{sessionId}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, cancelled.StatusCode);
        var progress = await cancelled.ReadJsonAsync();
        Assert.Equal("Failed", progress.GetProperty("status").GetString());
        var documents = progress.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal(
            ("Failed", "Processing was cancelled by processor@tests.local."),
            (d.GetProperty("status").GetString(), d.GetProperty("error").GetString())));
        await using var db = api.Database.CreateContext();
        Assert.Equal(1, await db.AuditLog.CountAsync(
            a => a.EntityId == sessionId.ToString() && a.Action == "session.processing-cancelled"));
    }

    [Fact]
    public async Task Cancelling_a_session_that_is_not_processing_is_a_409()
    {
        var session = await _processor.CreateSessionAsync();

        using var refused = await _processor.PostAsync($"/api/v1/sessions/{session.GetProperty("id")}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("CancelProcessing", (await refused.ReadJsonAsync()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Retrying_a_failed_document_queues_it_with_a_message_and_processes_the_session_again()
    {
        var sessionId = await StartProcessingAsync();
        await _processor.PostAsync($"/api/v1/sessions/{sessionId}/cancel", null);
        var documentId = await FirstDocumentAsync(sessionId);
        await using var db = api.Database.CreateContext();
        var messagesBefore = await db.OutboxMessages.CountAsync();

        using var retried = await _processor.PostAsync($"/api/v1/documents/{documentId}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var progress = await retried.ReadJsonAsync();
        Assert.Equal("Processing", progress.GetProperty("status").GetString());
        var document = progress.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("documentId").GetGuid() == documentId);
        Assert.Equal("Queued", document.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("error").ValueKind);
        Assert.Equal(messagesBefore + 1, await db.OutboxMessages.CountAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.EntityId == documentId.ToString()
            && a.Action == "document.retried"));
    }

    [Fact]
    public async Task Retrying_a_document_that_has_not_failed_is_a_409_and_a_reader_may_not_retry()
    {
        var sessionId = await StartProcessingAsync();
        var documentId = await FirstDocumentAsync(sessionId);

        using var refused = await _processor.PostAsync($"/api/v1/documents/{documentId}/retry", null);
        using var reader = api.ClientFor("Reviewer");
        using var forbidden = await reader.PostAsync($"/api/v1/documents/{documentId}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _processor.PostAsync($"/api/v1/documents/{Guid.NewGuid()}/retry",
            null)).StatusCode);
    }

    private async Task<Guid> StartProcessingAsync()
    {
        var session = await _processor.CreateSessionAsync();
        var id = session.GetProperty("id").GetGuid();
        foreach (var file in new[] { "car-2001-002.pdf", "receipt-images-2001-002.pdf" })
        {
            using var upload = await _processor.PostAsync($"/api/v1/sessions/{id}/documents",
                Fixtures.Upload(Fixtures.Car(file)));
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        using var process = await _processor.PostAsync($"/api/v1/sessions/{id}/process", null);
        Assert.Equal(HttpStatusCode.Accepted, process.StatusCode);
        return id;
    }

    private async Task<Guid> FirstDocumentAsync(Guid sessionId) =>
        (await _processor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/progress"))
            .GetProperty("documents")[0].GetProperty("documentId").GetGuid();
}
