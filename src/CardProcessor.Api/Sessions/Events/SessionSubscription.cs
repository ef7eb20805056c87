using System.Threading.Channels;

namespace CardProcessor.Api.Sessions.Events;

/// <summary>A stream's interest in one session: the reader is woken on each change.</summary>
internal sealed class SessionSubscription(ChannelReader<bool> changes, Action unsubscribe) : IDisposable
{
    public ChannelReader<bool> Changes { get; } = changes;

    public void Dispose() => unsubscribe();
}
