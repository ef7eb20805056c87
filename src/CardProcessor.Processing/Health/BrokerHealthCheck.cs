using System.Net.Sockets;
using CardProcessor.Processing.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Health;

/// <summary>
/// Whether RabbitMQ answers now: opens a TCP connection and sends the AMQP 0-9-1 protocol header,
/// to which a broker replies with a <c>Connection.Start</c> method frame. MassTransit's own check
/// reports the bus Healthy for minutes after the broker went away (it reports its last state), so
/// this one asks the broker itself, within a few seconds, without logging in.
/// </summary>
public sealed class BrokerHealthCheck(IOptions<MessagingOptions> options) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    // A method frame (type 1) on channel 0.
    private static readonly byte[] ConnectionStartPrefix = [1, 0, 0];

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var address = RabbitMqAddress.Parse(options.Value.RabbitMqUri!);
        var data = new Dictionary<string, object> { ["host"] = $"{address.Host}:{address.Port}" };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);
            var reply = new byte[ConnectionStartPrefix.Length];
            await stream.ReadExactlyAsync(reply, timeout.Token);
            return reply.AsSpan().SequenceEqual(ConnectionStartPrefix)
                ? HealthCheckResult.Healthy("RabbitMQ answers the AMQP handshake.", data)
                : HealthCheckResult.Unhealthy("The broker's address answers, but not as an AMQP 0-9-1 broker.",
                    data: data);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            var reason = exception is OperationCanceledException
                ? $"no answer within {Timeout.TotalSeconds:0} s"
                : exception.Message;
            return HealthCheckResult.Unhealthy($"RabbitMQ is unreachable: {reason}.", data: data);
        }
    }
}
