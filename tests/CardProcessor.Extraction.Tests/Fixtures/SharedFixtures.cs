namespace CardProcessor.Extraction.Tests.Fixtures;

/// <summary>
/// The read-only shared fixtures beside the repository: found by walking up from the test
/// assembly to the folder holding CardProcessor.sln, then <c>../shared/fixtures</c>, so that any
/// checkout next to <c>shared</c> works.
/// </summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Every PDF in the fixture folders, as paths relative to <see cref="Root"/>.</summary>
    public static IEnumerable<string> Pdfs(params string[] folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.pdf"))
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No CardProcessor.sln above {AppContext.BaseDirectory}.");
        }

        return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "fixtures"));
    }
}
