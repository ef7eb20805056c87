using System.Net;
using System.Net.Http.Json;
using CardProcessor.Api.Tests.Infrastructure;
using CardProcessor.Processing.Retention;
using CardProcessor.Processing.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Api.Tests.Security;

/// <summary>Sessions past the retention period go, with their PDFs, each with an audit row; the rest stay.</summary>
public sealed class RetentionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _processor = api.ClientFor("Processor");

    [Fact]
    public async Task A_sweep_deletes_sessions_past_seven_years_with_their_pdfs_and_audits_each()
    {
        var expired = await CreateWithUploadAsync("2016-01-01", "2016-01-31");
        var kept = await CreateWithUploadAsync("2025-03-01", "2025-03-31");
        var parent = await CreateWithUploadAsync("2015-06-01", "2015-06-30");
        var child = await CreateAsync("2025-06-01", "2025-06-30", parent.SessionId);

        var deleted = await SweepAsync();

        Assert.True(deleted >= 1);
        Assert.Equal(HttpStatusCode.NotFound,
            (await _processor.GetAsync($"/api/v1/sessions/{expired.SessionId}")).StatusCode);
        Assert.False(await BlobExistsAsync(expired.BlobName));
        foreach (var id in new[] { kept.SessionId, parent.SessionId, child })
        {
            Assert.Equal(HttpStatusCode.OK, (await _processor.GetAsync($"/api/v1/sessions/{id}")).StatusCode);
        }

        Assert.True(await BlobExistsAsync(kept.BlobName));
        await using var db = api.Database.CreateContext();
        var audit = await db.AuditLog.SingleAsync(
            a => a.Action == "session.retention-deleted" && a.EntityId == expired.SessionId.ToString());
        Assert.Equal(RetentionSweep.Actor, audit.Actor);
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().SweepOnceAsync(CancellationToken.None);
    }

    private async Task<bool> BlobExistsAsync(string blobName)
    {
        var store = api.Factory.Services.GetRequiredService<IDocumentStore>();
        try
        {
            await using var stream = await store.OpenReadAsync(blobName, CancellationToken.None);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    private async Task<(Guid SessionId, string BlobName)> CreateWithUploadAsync(string start, string end)
    {
        var id = await CreateAsync(start, end, null);
        using var upload = await _processor.PostAsync(
            $"/api/v1/sessions/{id}/documents", Fixtures.Upload(Fixtures.Car("car-2001-002.pdf")));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        await using var db = api.Database.CreateContext();
        return (id, await db.Documents.Where(d => d.SessionId == id).Select(d => d.BlobName).SingleAsync());
    }

    private async Task<Guid> CreateAsync(string periodStart, string periodEnd, Guid? parentSessionId)
    {
        using var response = await _processor.PostAsJsonAsync(
            "/api/v1/sessions", new { name = $"Period {periodStart}", periodStart, periodEnd, parentSessionId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}
