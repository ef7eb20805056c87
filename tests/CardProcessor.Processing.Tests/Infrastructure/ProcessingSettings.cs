namespace CardProcessor.Processing.Tests.Infrastructure;

/// <summary>The configuration a worker-side host needs, pointed at a test database and, optionally, a test virtual host.</summary>
internal static class ProcessingSettings
{
    public static Dictionary<string, string?> For(TestDatabase database, TestVirtualHost? broker = null) => new()
    {
        ["ConnectionStrings:Postgres"] = database.ConnectionString,
        ["Messaging:Transport"] = broker is null ? "InMemory" : "RabbitMq",
        ["Messaging:RabbitMqUri"] = broker?.Uri.ToString(),
        ["Storage:Provider"] = "LocalFolder",
        ["Storage:LocalPath"] = Path.Combine(Path.GetTempPath(), "cp-processing-tests"),
    };
}
