namespace CardProcessor.DocumentIntelligence.Tests.Support;

/// <summary>The read-only fixtures in <c>../shared/fixtures</c>, next to the repository that holds
/// <c>CardProcessor.sln</c>.</summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(PathOf(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(
            AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
            {
                var fixtures = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "fixtures"));
                return Directory.Exists(fixtures)
                    ? fixtures
                    : throw new DirectoryNotFoundException($"The shared fixtures are not at {fixtures}.");
            }
        }

        throw new DirectoryNotFoundException($"No CardProcessor.sln above {AppContext.BaseDirectory}.");
    }
}
