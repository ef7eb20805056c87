namespace CardProcessor.Processing.Tests.Infrastructure;

/// <summary>
/// The configuration a worker-side host needs, pointed at a test database and, for messaging, a test virtual host.
/// </summary>
internal static class ProcessingSettings
{
    public static Dictionary<string, string?> For(TestDatabase database) => new()
    {
        ["ConnectionStrings:Postgres"] = database.ConnectionString,
        ["Storage:Provider"] = "LocalFolder",
        ["Storage:LocalPath"] = Path.Combine(Path.GetTempPath(), "cp-processing-tests"),
    };

    public static Dictionary<string, string?> For(TestDatabase database, TestVirtualHost broker) => new(For(database))
    {
        ["Messaging:Transport"] = "RabbitMq",
        ["Messaging:RabbitMqUri"] = broker.Uri.ToString(),
    };
}
