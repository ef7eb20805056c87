using MassTransit;

namespace MetricsProbe;

// MassTransit needs message types in a namespace.
public sealed record Ping(int Number);

public sealed record Fail(int Number);

public sealed class PingConsumer : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context) => Task.Delay(10);
}

public sealed class FailingConsumer : IConsumer<Fail>
{
    public Task Consume(ConsumeContext<Fail> context) =>
        throw new InvalidOperationException("The probe's consumer fails on purpose.");
}
