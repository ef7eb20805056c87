namespace CardProcessor.Testing;

/// <summary>
/// Where the real PostgreSQL, RabbitMQ and Azurite started by <c>scripts/infra/start.sh</c> listen.
/// Tests never mock them; without them the tests fail and say how to start them.
/// </summary>
public static class TestEnvironment
{
    public static string Postgres => Require("CP_TEST_POSTGRES");

    public static Uri RabbitMq => new(Require("CP_TEST_RABBITMQ"));

    public static Uri RabbitMqManagement => new(Require("CP_TEST_RABBITMQ_MANAGEMENT"));

    public static string Blobs => Require("CP_TEST_BLOBS");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SharedFixtures => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));

    /// <summary>A fixture document beside the repository (<c>../shared/fixtures</c>), never copied into it.</summary>
    public static string SharedFixture(string relativePath) => Path.GetFullPath(Path.Combine(SharedFixtures, relativePath));

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with scripts/test.sh, or start the services with scripts/infra/start.sh and source .local/infra.env.");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CardProcessor.sln not found above " + AppContext.BaseDirectory);
    }
}
