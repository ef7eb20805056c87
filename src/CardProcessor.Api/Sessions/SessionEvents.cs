using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Sessions.Events;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class SessionEvents
{
    // Without a LISTEN connection (PostgreSQL restarting) a stream re-reads this often instead.
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(3);

    // A progress event at least this often keeps proxies from closing an idle stream.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The session's progress as Server-Sent Events (<c>event: progress</c>, the JSON of
    /// <c>GET /sessions/{id}/progress</c>): at once, then on every change PostgreSQL notifies, so the
    /// browser never polls. The stream stays open while the session is a Draft or Processing and ends
    /// after the first state past them has been sent.
    /// </summary>
    public static async Task<Results<ServerSentEventsResult<ProgressResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, SessionChangeFeed feed, HttpContext http,
            CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return Problems.NotFound($"Session {id}");
        }

        // Buffering proxies (nginx's ingress) would hold the events back until the stream ends.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(Stream(id, db, feed, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<ProgressResponse>> Stream(
        Guid id, CardProcessorDbContext db, SessionChangeFeed feed, [EnumeratorCancellation] CancellationToken stop)
    {
        using var subscription = feed.Subscribe(id);
        string? lastSent = null;
        var sentAt = DateTimeOffset.MinValue;
        while (!stop.IsCancellationRequested)
        {
            var session = await db.Sessions.AsNoTracking().Include(s => s.Documents)
                .FirstOrDefaultAsync(s => s.Id == id, stop);
            if (session is null)
            {
                yield break;
            }

            var progress = ProgressResponse.From(session);
            var json = JsonSerializer.Serialize(progress);
            if (json != lastSent || DateTimeOffset.UtcNow - sentAt >= KeepAlive)
            {
                yield return new SseItem<ProgressResponse>(progress, "progress");
                (lastSent, sentAt) = (json, DateTimeOffset.UtcNow);
            }

            if (session.Status is not (SessionStatus.Draft or SessionStatus.Processing))
            {
                yield break;
            }

            await WaitForChangeAsync(subscription, feed.Listening ? KeepAlive : Fallback, stop);
        }
    }

    private static async Task WaitForChangeAsync(SessionSubscription subscription, TimeSpan timeout,
        CancellationToken stop)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
        wait.CancelAfter(timeout);
        try
        {
            await subscription.Changes.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // The timeout: re-read anyway.
        }
    }
}
