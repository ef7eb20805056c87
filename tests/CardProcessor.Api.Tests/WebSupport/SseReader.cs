using System.Text;
using System.Text.Json;

namespace CardProcessor.Api.Tests.WebSupport;

/// <summary>Reads a <c>text/event-stream</c> the way a browser's EventSource does: fields until a blank line.</summary>
internal sealed class SseReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public async Task<(string Event, JsonElement Data)> NextAsync(TimeSpan timeout) =>
        await NextOrEndAsync(timeout) ?? throw new InvalidOperationException("The event stream ended.");

    /// <summary>The next event, or null when the server ended the stream.</summary>
    public async Task<(string Event, JsonElement Data)?> NextOrEndAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var eventName = "message";
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.Length == 0 && data.Length > 0)
            {
                return (eventName, JsonDocument.Parse(data.ToString()).RootElement.Clone());
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventName = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();
}
