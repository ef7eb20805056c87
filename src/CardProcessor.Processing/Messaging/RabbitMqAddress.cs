namespace CardProcessor.Processing.Messaging;

/// <summary>The parts of an <c>amqp://</c> URI that MassTransit's host configuration takes one by one.</summary>
internal sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqAddress Parse(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqAddress(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? (ushort)5672 : (ushort)uri.Port,
            virtualHost.Length == 0 ? "/" : virtualHost,
            Uri.UnescapeDataString(userInfo[0].Length == 0 ? "guest" : userInfo[0]),
            userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest");
    }
}
