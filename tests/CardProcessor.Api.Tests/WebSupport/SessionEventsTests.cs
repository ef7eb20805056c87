using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using Npgsql;

namespace CardProcessor.Api.Tests.WebSupport;

/// <summary>
/// The session's Server-Sent Events: the current progress at once, then each change whoever wrote it
/// (here the API itself, and a plain SQL update standing for the worker), ending when processing ends.
/// </summary>
public sealed class SessionEventsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly HttpClient _processor = api.ClientFor("Processor");

    [Fact]
    public async Task A_stream_sends_progress_as_another_process_writes_it_and_ends_after_the_final_state()
    {
        var sessionId = await StartProcessingAsync();
        using var reader = api.ClientFor("ReadOnly");
        using var response = await reader.GetAsync(
            $"/api/v1/sessions/{sessionId}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync());

        var first = await events.NextAsync(Patience);
        Assert.Equal("progress", first.Event);
        Assert.Equal("Processing", first.Data.GetProperty("status").GetString());
        var documentId = first.Data.GetProperty("documents")[0].GetProperty("documentId").GetGuid();

        // What the worker does while it reads: a plain update of the document's row, from another connection.
        await ExecuteAsync($"UPDATE documents SET status = 'Extracting', pages_done = 3 WHERE id = '{documentId}'");
        var progressed = await events.NextAsync(Patience);
        var document = progressed.Data.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("documentId").GetGuid() == documentId);
        Assert.Equal(("Extracting", 3), (document.GetProperty("status").GetString(),
            document.GetProperty("pagesDone").GetInt32()));

        using var cancel = await _processor.PostAsync($"/api/v1/sessions/{sessionId}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var final = await events.NextAsync(Patience);
        Assert.Equal("Failed", final.Data.GetProperty("status").GetString());
        Assert.Null(await events.NextOrEndAsync(Patience));
    }

    [Fact]
    public async Task A_stream_of_an_unknown_session_is_a_404_problem()
    {
        using var response = await _processor.GetAsync($"/api/v1/sessions/{Guid.NewGuid()}/events");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_events_route_is_described_in_the_openapi_document_as_an_event_stream()
    {
        using var anonymous = api.Factory.CreateClient();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty("/api/v1/sessions/{id}/events").GetProperty("get");

        Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("content")
            .TryGetProperty("text/event-stream", out _));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<Guid> StartProcessingAsync()
    {
        var id = (await _processor.CreateSessionAsync()).GetProperty("id").GetGuid();
        using var upload = await _processor.PostAsync(
            $"/api/v1/sessions/{id}/documents", Fixtures.Upload(Fixtures.Car("car-2001-002.pdf")));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var process = await _processor.PostAsync($"/api/v1/sessions/{id}/process", null);
        Assert.Equal(HttpStatusCode.Accepted, process.StatusCode);
        return id;
    }
}
