using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// Publishes "pages done" while a long document is extracted, so progress is visible through the
/// API. Writes at most once per interval, on its own connection, outside the extraction's transaction.
/// </summary>
public sealed class DocumentProgress(IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public Tracker Track(Guid documentId) => new(scopes, documentId);

    public sealed class Tracker : IProgress<int>, IAsyncDisposable
    {
        private readonly IServiceScopeFactory _scopes;
        private readonly Guid _documentId;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _latest;
        private int _written;

        internal Tracker(IServiceScopeFactory scopes, Guid documentId)
        {
            _scopes = scopes;
            _documentId = documentId;
            _loop = Task.Run(WriteLoopAsync);
        }

        /// <summary>Progress writes that failed and were skipped (tried again at the next tick).</summary>
        public int WriteFailures { get; private set; }

        public void Report(int value) => Interlocked.Exchange(ref _latest, value);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }

        private async Task WriteLoopAsync()
        {
            using var timer = new PeriodicTimer(Interval);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    var latest = Volatile.Read(ref _latest);
                    if (latest == _written)
                    {
                        continue;
                    }

                    if (await TryWriteAsync(latest))
                    {
                        _written = latest;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Extraction finished; the final count is written with the result.
            }
        }

        // Progress is best-effort: a failed write (PostgreSQL restarting) is tried again at the next
        // tick and must never fail, or re-run, the extraction it reports on.
        private async Task<bool> TryWriteAsync(int pagesDone)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
                await db.Documents.Where(d => d.Id == _documentId)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.PagesDone, pagesDone), _stop.Token);
                return true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                WriteFailures++;
                return false;
            }
        }
    }
}
