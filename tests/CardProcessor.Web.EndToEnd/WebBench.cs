using System.Globalization;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Sessions;
using CardProcessor.Web.EndToEnd.Support;
using Microsoft.Playwright;

namespace CardProcessor.Web.EndToEnd;

/// <summary>
/// The web app's bench, not a test: it asserts nothing about time and runs only when asked
/// (<c>dotnet test tests/CardProcessor.Web.EndToEnd --filter WebBench -- xUnit.Explicit=only</c>). It prints, for the
/// issues screen of a session with 10,000 issues and the session screen of a 1,000-page statement, the server's
/// response time and the time to interactive, both from the browser's navigation timing.
/// </summary>
[Collection(RunningWebApp.Name)]
public sealed class WebBench(WebAppFixture fixture, ITestOutputHelper output)
{
    private const int Runs = 5;

    [Fact(Explicit = true)]
    public async Task Issues_screen_at_10000_issues_and_session_screen_at_1000_pages()
    {
        var (issuesSession, pagesSession) = await SeedAsync();
        await using var reviewer = await BrowserSession.SignInAsync(fixture, "Reviewer");

        await MeasureAsync(reviewer, "issues screen, 10,000 issues", $"/sessions/{issuesSession}/issues");
        await MeasureAsync(reviewer, "session screen, 1,000-page statement", $"/sessions/{pagesSession}");
    }

    private async Task MeasureAsync(BrowserSession browser, string name, string path)
    {
        var server = new List<double>();
        var interactive = new List<double>();
        for (var run = 0; run <= Runs; run++)
        {
            await browser.OpenAsync(path);
            var timing = await browser.Page.EvaluateAsync<double[]>(
                "() => { const t = performance.getEntriesByType('navigation')[0];"
                + " return [t.responseStart - t.requestStart, t.domInteractive - t.startTime]; }");
            if (run > 0)
            {
                // The first load warms the app and the database; the rest are measured.
                server.Add(timing[0]);
                interactive.Add(timing[1]);
            }
        }

        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: server response median {Median(server):0} ms (target < 300), "
            + $"time to interactive median {Median(interactive):0} ms (target < 1000), {Runs} runs");
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private async Task<(Guid Issues, Guid Pages)> SeedAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var now = DateTimeOffset.UtcNow;
        var session = fixture.ReviewSessionId;
        db.ValidationIssues.AddRange(Enumerable.Range(0, 10_000).Select(i => new ValidationIssue
        {
            Id = Guid.CreateVersion7(),
            SessionId = session,
            RuleCode = $"bench-rule-{i % 12}",
            Severity = (IssueSeverity)(i % 3),
            Fingerprint = $"bench-{i}",
            Message = $"Bench issue {i} about a charge that needs a look.",
            CreatedAt = now,
            UpdatedAt = now,
        }));

        var large = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = "Bench: a 1,000-page statement",
            PeriodStart = new DateOnly(2024, 6, 1),
            PeriodEnd = new DateOnly(2024, 6, 30),
            CreatedBy = "bench@tests.local",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var statement = new SourceDocument
        {
            Id = Guid.CreateVersion7(),
            SessionId = large.Id,
            Kind = SourceDocumentKind.Statement,
            FileName = "bench-1000-pages.pdf",
            Sha256 = new string('0', 64),
            BlobName = $"bench/{Guid.NewGuid():N}.pdf",
            PageCount = 1000,
            UploadedBy = "bench@tests.local",
            UploadedAt = now,
        };
        large.Documents.Add(statement);
        large.StartProcessing(now);
        statement.Reach(DocumentStatus.Extracted, now);
        large.CompleteProcessing(anyDocumentExtracted: true, now);
        db.Sessions.Add(large);
        await db.SaveChangesAsync();
        return (session, large.Id);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
