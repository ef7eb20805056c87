namespace CardProcessor.Testing;

/// <summary>
/// The <c>CP_TEST_*</c> settings: from the process environment when set there (scripts/test.sh, CI), otherwise
/// from the <c>.local/infra.env</c> that <c>scripts/infra/start.sh</c> writes, so a test started from an IDE
/// finds the running services without a sourced shell.
/// </summary>
public sealed class TestSettings(Func<string, string?> environment, string infraEnvPath)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>?> _file = new(() => ReadFile(infraEnvPath));

    public const string StartCommand = "scripts/infra/start.sh";

    public string InfraEnvPath { get; } = infraEnvPath;

    /// <summary>The value and where it came from (for messages).</summary>
    /// <exception cref="InvalidOperationException">Neither the environment nor the file has it.</exception>
    public (string Value, string Source) Require(string name)
    {
        if (environment(name) is { Length: > 0 } value)
        {
            return (value, "the environment");
        }

        if (_file.Value is { } file && file.TryGetValue(name, out var stored) && stored.Length > 0)
        {
            return (stored, InfraEnvPath);
        }

        throw new InvalidOperationException(NotFoundMessage(name));
    }

    /// <summary>The setting, once something listens where it points.</summary>
    /// <exception cref="InvalidOperationException">Not found, or nothing answers there.</exception>
    public string RequireListening(string name, Func<string, ServiceEndpoint?> endpointOf, TimeSpan timeout)
    {
        var (value, source) = Require(name);
        if (endpointOf(value) is { } endpoint && !endpoint.IsListening(timeout))
        {
            throw new InvalidOperationException(NotListeningMessage(endpoint, name, source));
        }

        return value;
    }

    public string NotFoundMessage(string name) =>
        $"{name} is neither set nor in {InfraEnvPath}: start the test services with {StartCommand}, "
        + "which writes that file.";

    public static string NotListeningMessage(ServiceEndpoint endpoint, string name, string source) =>
        $"Nothing answers for {endpoint} ({name} from {source}): start the test services with {StartCommand}.";

    private static IReadOnlyDictionary<string, string>? ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return InfraEnvFile.Read(path);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException(
                $"{path} cannot be read ({exception.Message}): run {StartCommand} again to rewrite it.", exception);
        }
    }
}
