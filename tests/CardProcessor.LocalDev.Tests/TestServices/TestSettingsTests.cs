using System.Net;
using System.Net.Sockets;

namespace CardProcessor.LocalDev.Tests.TestServices;

public sealed class TestSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cp-settings-").FullName;

    private string InfraEnv => Path.Combine(_folder, "infra.env");

    [Fact]
    public void Without_the_variable_the_value_comes_from_infra_env()
    {
        File.WriteAllText(InfraEnv, "export CP_TEST_POSTGRES='Host=127.0.0.1;Port=57432'\n");
        var settings = new TestSettings(_ => null, InfraEnv);

        Assert.Equal(("Host=127.0.0.1;Port=57432", InfraEnv), settings.Require("CP_TEST_POSTGRES"));
    }

    [Fact]
    public void The_environment_wins_over_infra_env()
    {
        File.WriteAllText(InfraEnv, "export CP_TEST_POSTGRES='Host=127.0.0.1;Port=57432'\n");
        var settings = new TestSettings(name => name == "CP_TEST_POSTGRES" ? "Host=db;Port=5432" : null, InfraEnv);

        Assert.Equal(("Host=db;Port=5432", "the environment"), settings.Require("CP_TEST_POSTGRES"));
    }

    [Fact]
    public void An_empty_variable_counts_as_absent()
    {
        File.WriteAllText(InfraEnv, "export CP_TEST_BLOBS='from the file'\n");
        var settings = new TestSettings(_ => string.Empty, InfraEnv);

        Assert.Equal("from the file", settings.Require("CP_TEST_BLOBS").Value);
    }

    [Fact]
    public void Without_variable_or_file_one_sentence_says_which_command_starts_the_services()
    {
        var settings = new TestSettings(_ => null, InfraEnv);

        var error = Assert.Throws<InvalidOperationException>(() => settings.Require("CP_TEST_RABBITMQ"));

        Assert.Equal(
            $"CP_TEST_RABBITMQ is neither set nor in {InfraEnv}: start the test services with "
            + "scripts/infra/start.sh, which writes that file.",
            error.Message);
        AssertOneSentence(error.Message);
    }

    [Fact]
    public void A_service_that_does_not_answer_is_named_with_the_command_that_starts_it()
    {
        var port = ServiceEndpointTests.ClosedPort();
        File.WriteAllText(InfraEnv, $"export CP_TEST_POSTGRES='Host=127.0.0.1;Port={port}'\n");
        var settings = new TestSettings(_ => null, InfraEnv);

        var error = Assert.Throws<InvalidOperationException>(() =>
            settings.RequireListening("CP_TEST_POSTGRES", ServiceEndpoint.ForPostgres, TimeSpan.FromSeconds(2)));

        Assert.Equal(
            $"Nothing answers for PostgreSQL at 127.0.0.1:{port} (CP_TEST_POSTGRES from {InfraEnv}): "
            + "start the test services with scripts/infra/start.sh.",
            error.Message);
        AssertOneSentence(error.Message);
    }

    [Fact]
    public void A_service_that_answers_is_returned_as_set()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var value = $"Host=127.0.0.1;Port={((IPEndPoint)listener.LocalEndpoint).Port}";
        var settings = new TestSettings(_ => value, InfraEnv);
        var timeout = TimeSpan.FromSeconds(2);

        var found = settings.RequireListening("CP_TEST_POSTGRES", ServiceEndpoint.ForPostgres, timeout);

        Assert.Equal(value, found);
    }

    [Fact]
    public void A_damaged_infra_env_says_to_write_it_again()
    {
        File.WriteAllText(InfraEnv, "export CP_TEST_POSTGRES='Host=127.0.0.1\n");
        var settings = new TestSettings(_ => null, InfraEnv);

        var error = Assert.Throws<InvalidOperationException>(() => settings.Require("CP_TEST_POSTGRES"));

        Assert.Contains("line 1 has an unterminated quote", error.Message);
        Assert.EndsWith("run scripts/infra/start.sh again to rewrite it.", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertOneSentence(string message)
    {
        Assert.EndsWith(".", message);
        // Periods inside the sentence belong to addresses and file names, never to a sentence end.
        Assert.DoesNotMatch(@"\.\s+[A-Z]", message);
    }
}
