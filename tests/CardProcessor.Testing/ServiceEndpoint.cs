using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace CardProcessor.Testing;

/// <summary>Where one of the test services listens, read from the setting that points at it.</summary>
public sealed record ServiceEndpoint(string Service, string Host, int Port)
{
    public static ServiceEndpoint ForPostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var host = (builder.Host ?? "localhost").Split(',')[0];
        return new("PostgreSQL", host, builder.Port);
    }

    public static ServiceEndpoint ForRabbitMq(Uri amqp) =>
        new("RabbitMQ", amqp.Host, amqp.IsDefaultPort || amqp.Port < 0 ? 5672 : amqp.Port);

    public static ServiceEndpoint ForRabbitMqManagement(Uri management) =>
        new("RabbitMQ's management API", management.Host, management.Port);

    /// <summary>Azurite's blob endpoint; null for an account without an explicit endpoint (Azure itself).</summary>
    public static ServiceEndpoint? ForBlobs(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.TryGetValue("BlobEndpoint", out var value)
            && Uri.TryCreate(value as string, UriKind.Absolute, out var uri)
                ? new("Azurite", uri.Host, uri.Port)
                : null;
    }

    /// <summary>Whether anything accepts TCP connections there: tells a stopped service from a running one.</summary>
    public bool IsListening(TimeSpan timeout)
    {
        using var client = new TcpClient();
        try
        {
            return client.ConnectAsync(Host, Port).Wait(timeout);
        }
        catch (AggregateException exception) when (exception.InnerException is SocketException)
        {
            return false;
        }
    }

    public override string ToString() => $"{Service} at {Host}:{Port}";
}
