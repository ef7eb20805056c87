using System.Diagnostics;

namespace CardProcessor.LocalDev.Tests.TestServices;

public sealed class InfraEnvFileTests
{
    [Fact]
    public void Reads_the_export_lines_start_sh_writes()
    {
        const string postgres = "Host=127.0.0.1;Port=57432;Username=cardprocessor;Password=cardprocessor";
        const string blobs = "AccountKey=Eby8vd+K1SZ/GMGw==;BlobEndpoint=http://127.0.0.1:12100/devstoreaccount1;";

        var values = InfraEnvFile.Parse([$"export CP_TEST_POSTGRES='{postgres}'", $"export CP_TEST_BLOBS='{blobs}'"]);

        Assert.Equal(postgres, values["CP_TEST_POSTGRES"]);
        Assert.Equal(blobs, values["CP_TEST_BLOBS"]);
    }

    [Fact]
    public void Skips_blank_lines_and_comments_and_takes_the_last_of_a_repeated_name()
    {
        var values = InfraEnvFile.Parse(["# written by start.sh", "", "   ", "A=1", "export A=2  # the port"]);

        Assert.Equal(new Dictionary<string, string> { ["A"] = "2" }, values);
    }

    [Theory]
    [InlineData("port 55432")]
    [InlineData("export =value")]
    [InlineData("9LIVES=1")]
    [InlineData("NAME='unterminated")]
    [InlineData("NAME=two words")]
    public void A_line_that_is_not_an_assignment_is_an_error_naming_its_number(string line)
    {
        var error = Assert.Throws<FormatException>(() => InfraEnvFile.Parse(["A=1", line]));

        Assert.StartsWith("line 2 ", error.Message);
    }

    [Theory]
    [InlineData("'single quoted; $HOME stays'")]
    [InlineData("\"double \\\"quoted\\\" \\$HOME \\\\ back\\slash\"")]
    [InlineData("plain\\ escaped")]
    [InlineData("'mixed '\"pieces\"' joined'")]
    [InlineData("''")]
    public void Means_what_bash_means_when_it_sources_the_line(string value)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, $"export VALUE={value}\n");

            Assert.Equal(BashValueOf(file), InfraEnvFile.Read(file)["VALUE"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string BashValueOf(string file)
    {
        var start = new ProcessStartInfo("bash", ["-c", "source \"$1\" && printf %s \"$VALUE\"", "bash", file])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
        return output;
    }
}
