namespace CardProcessor.Processing.Tests.Consumers;

/// <summary>A clock that always says the same time, so a test sees which writes take the host's clock.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
