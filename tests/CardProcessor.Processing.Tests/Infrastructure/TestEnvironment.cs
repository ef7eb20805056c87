namespace CardProcessor.Processing.Tests.Infrastructure;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ started by <c>scripts/infra/start.sh</c> listen, and where
/// the shared fixture documents are. Tests never mock the services; without them they fail and say why.
/// </summary>
internal static class TestEnvironment
{
    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    public static string Postgres => Require("CP_TEST_POSTGRES");

    public static Uri RabbitMq => new(Require("CP_TEST_RABBITMQ"));

    public static Uri RabbitMqManagement => new(Require("CP_TEST_RABBITMQ_MANAGEMENT"));

    /// <summary>A fixture document beside the repository (<c>../shared/fixtures</c>), never copied into it.</summary>
    public static string SharedFixture(string relativePath) =>
        Path.GetFullPath(Path.Combine(s_repositoryRoot.Value, "..", "shared", "fixtures", relativePath));

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: start the services with scripts/infra/start.sh and source .local/infra.env.");

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
