using System.Net;
using System.Net.Sockets;

namespace CardProcessor.LocalDev.Tests.TestServices;

public sealed class ServiceEndpointTests
{
    [Fact]
    public void Each_setting_names_the_host_and_port_it_points_at()
    {
        Assert.Equal(
            new ServiceEndpoint("PostgreSQL", "127.0.0.1", 57432),
            ServiceEndpoint.ForPostgres("Host=127.0.0.1;Port=57432;Username=u;Password=p;Database=d"));
        Assert.Equal(
            new ServiceEndpoint("RabbitMQ", "127.0.0.1", 57672),
            ServiceEndpoint.ForRabbitMq(new Uri("amqp://u:p@127.0.0.1:57672/")));
        Assert.Equal(
            new ServiceEndpoint("RabbitMQ's management API", "127.0.0.1", 57673),
            ServiceEndpoint.ForRabbitMqManagement(new Uri("http://u:p@127.0.0.1:57673/")));
        Assert.Equal(
            new ServiceEndpoint("Azurite", "127.0.0.1", 12100),
            ServiceEndpoint.ForBlobs("AccountName=a;AccountKey=k==;BlobEndpoint=http://127.0.0.1:12100/a;"));
    }

    [Fact]
    public void Default_ports_apply_when_the_setting_names_none()
    {
        Assert.Equal(5432, ServiceEndpoint.ForPostgres("Host=db;Username=u").Port);
        Assert.Equal(5672, ServiceEndpoint.ForRabbitMq(new Uri("amqp://u:p@broker/")).Port);
    }

    [Fact]
    public void A_storage_account_without_a_blob_endpoint_is_not_probed()
    {
        Assert.Null(ServiceEndpoint.ForBlobs("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=k=="));
    }

    [Fact]
    public void Tells_a_listening_port_from_a_closed_one()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var open = new ServiceEndpoint("test", "127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        var closed = open with { Port = ClosedPort() };

        Assert.True(open.IsListening(TimeSpan.FromSeconds(2)));
        Assert.False(closed.IsListening(TimeSpan.FromSeconds(2)));
    }

    /// <summary>A port that was free a moment ago and has nothing listening on it now.</summary>
    internal static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
