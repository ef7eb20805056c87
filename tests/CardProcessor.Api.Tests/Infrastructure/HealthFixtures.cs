using System.Net;
using System.Net.Sockets;

namespace CardProcessor.Api.Tests.Infrastructure;

/// <summary>An API whose broker address has nothing listening: what it sees when RabbitMQ is stopped.</summary>
public sealed class BrokerAwayFixture : ApiFixture
{
    public static readonly int ClosedPort = FreePort();

    public override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings,
        new("Messaging:RabbitMqUri", $"amqp://guest:guest@127.0.0.1:{ClosedPort}/"),
    ];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
