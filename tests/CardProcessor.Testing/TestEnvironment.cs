namespace CardProcessor.Testing;

/// <summary>
/// Where the real PostgreSQL, RabbitMQ and Azurite started by <c>scripts/infra/start.sh</c> listen: the
/// <c>CP_TEST_*</c> variables, or <c>.local/infra.env</c> when they are not set. Tests never mock these
/// services; without them a test fails with one sentence saying which command starts them.
/// </summary>
public static class TestEnvironment
{
    // First: the settings below read .local/infra.env under it.
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private static readonly Lazy<TestSettings> Settings = new(() => new TestSettings(
        Environment.GetEnvironmentVariable,
        Path.Combine(RepositoryRoot, ".local", "infra.env")));

    private static readonly Lazy<string> PostgresSetting =
        new(() => Settings.Value.RequireListening("CP_TEST_POSTGRES", ServiceEndpoint.ForPostgres, ProbeTimeout));

    private static readonly Lazy<string> RabbitMqSetting = new(() => Settings.Value.RequireListening(
        "CP_TEST_RABBITMQ", value => ServiceEndpoint.ForRabbitMq(new Uri(value)), ProbeTimeout));

    private static readonly Lazy<string> RabbitMqManagementSetting = new(() => Settings.Value.RequireListening(
        "CP_TEST_RABBITMQ_MANAGEMENT", value => ServiceEndpoint.ForRabbitMqManagement(new Uri(value)), ProbeTimeout));

    private static readonly Lazy<string> BlobsSetting =
        new(() => Settings.Value.RequireListening("CP_TEST_BLOBS", ServiceEndpoint.ForBlobs, ProbeTimeout));

    public static string Postgres => PostgresSetting.Value;

    public static Uri RabbitMq => new(RabbitMqSetting.Value);

    public static Uri RabbitMqManagement => new(RabbitMqManagementSetting.Value);

    public static string Blobs => BlobsSetting.Value;

    public static string SharedFixtures => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));

    /// <summary>A fixture document beside the repository (<c>../shared/fixtures</c>), never copied into it.</summary>
    public static string SharedFixture(string relativePath) =>
        Path.GetFullPath(Path.Combine(SharedFixtures, relativePath));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CardProcessor.sln not found above " + AppContext.BaseDirectory);
    }
}
