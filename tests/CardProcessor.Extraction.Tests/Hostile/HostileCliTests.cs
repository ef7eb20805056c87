namespace CardProcessor.Extraction.Tests.Hostile;

/// <summary>Every hostile file through the built CLI: its outcome, and time and memory inside the bounds.</summary>
public sealed class HostileCliTests : IDisposable
{
    private const long MaxPeakBytes = 512L * 1024 * 1024;
    private static readonly TimeSpan _maxTime = TimeSpan.FromSeconds(15);
    private readonly string _folder = Directory.CreateTempSubdirectory("cp-hostile-cli-").FullName;

    public static TheoryData<string> Cases => [.. HostileCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_CLI_gives_each_hostile_file_its_outcome_within_the_time_and_memory_bounds(string name)
    {
        var hostile = HostileCorpus.Named(name);
        var path = Path.Combine(_folder, name + ".pdf");
        File.WriteAllBytes(path, hostile.Build());

        var run = CliProcess.Extract(path);

        Assert.True(hostile.CliExit == run.ExitCode,
            $"{name}: exit {run.ExitCode}, expected {hostile.CliExit}: {run.Error}");
        Assert.Contains(hostile.CliMessage, run.Error, StringComparison.Ordinal);
        Assert.InRange(run.PeakBytes, 1, MaxPeakBytes);
        Assert.InRange(run.Elapsed, TimeSpan.Zero, _maxTime);
    }

    [Fact]
    public void A_file_name_with_control_characters_is_printed_escaped()
    {
        var path = Path.Combine(_folder, "evil\u001b[2J\u0007.pdf");
        File.WriteAllBytes(path, "not a pdf"u8.ToArray());

        var run = CliProcess.Extract(path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("evil\\u001b[2J\\u0007.pdf", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
