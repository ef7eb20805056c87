using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using CardProcessor.Web.EndToEnd.Support;
using Microsoft.Playwright;

namespace CardProcessor.Web.EndToEnd;

[Collection(RunningWebApp.Name)]
public sealed class ReviewerTests(WebAppFixture fixture)
{
    [Fact]
    public async Task A_reviewer_sees_both_pages_of_an_issue_and_resolves_it_with_a_note()
    {
        var issueId = await IssueWithChargeAndReceiptAsync();
        await using var reviewer = await BrowserSession.SignInAsync(fixture, "Reviewer");
        var page = reviewer.Page;

        await reviewer.OpenAsync($"/issues/{issueId}");
        var pages = page.Locator("canvas[data-rendered=true]");
        try
        {
            await Assertions.Expect(pages).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        }
        catch (PlaywrightException failure)
        {
            var figures = await page.Locator("figure.source-page").EvaluateAllAsync<string[]>(
                "figures => figures.map(f => f.outerHTML)");
            throw new InvalidOperationException(
                string.Join(Environment.NewLine, [.. reviewer.Console, .. figures]), failure);
        }

        Assert.Equal(["Statement page", "Receipt page"], await LabelsOf(page));
        await reviewer.CheckAccessibilityAsync("issue");
        await reviewer.ScreenshotAsync("05-issue");

        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Receipt checked against the statement line.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#issue-status")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(page.Locator(".history"))
            .ToContainTextAsync("Receipt checked against the statement line.");
    }

    [Fact]
    public async Task A_reviewer_waives_three_issues_at_once_with_one_note()
    {
        await using var reviewer = await BrowserSession.SignInAsync(fixture, "Reviewer");
        var page = reviewer.Page;
        await reviewer.OpenAsync($"/sessions/{fixture.ReviewSessionId}/issues?status=Open");
        var before = int.Parse(await page.Locator("#issue-total").InnerTextAsync());
        await reviewer.CheckAccessibilityAsync("issues");
        await reviewer.ScreenshotAsync("04-issues");

        var boxes = page.Locator("#issues tbody input[type=checkbox]");
        for (var i = 0; i < 3; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.GetByLabel("Note for the selected issues").FillAsync("Known supplier, waived for June.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Waive selected" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 issue(s) waived.");
        await Assertions.Expect(page.Locator("#issue-total")).ToHaveTextAsync((before - 3).ToString());
    }

    [Fact]
    public async Task A_reviewer_edits_an_employee_with_a_reason_and_sees_the_revision()
    {
        await using var reviewer = await BrowserSession.SignInAsync(fixture, "Reviewer");
        var page = reviewer.Page;
        await reviewer.OpenAsync($"/sessions/{fixture.ReviewSessionId}/employees");
        await reviewer.CheckAccessibilityAsync("employees");
        await reviewer.ScreenshotAsync("06-employees");
        await page.Locator("table.grid tbody a").First.ClickAsync();

        await page.GetByLabel("Department").FillAsync("Field Operations");
        await page.GetByLabel("Reason for the change").FillAsync("Moved to field operations in June.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save a new revision" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as a new revision.");
        await Assertions.Expect(page.Locator("table.diff").First).ToContainTextAsync("Field Operations");
        await reviewer.CheckAccessibilityAsync("employee");
        await reviewer.ScreenshotAsync("07-employee");
    }

    [Fact]
    public async Task A_reviewer_downloads_the_workbook_and_it_opens_with_its_sheets()
    {
        await using var reviewer = await BrowserSession.SignInAsync(fixture, "Reviewer");
        var page = reviewer.Page;
        await reviewer.OpenAsync($"/sessions/{fixture.ReviewSessionId}/exports");
        await reviewer.CheckAccessibilityAsync("exports");
        await reviewer.ScreenshotAsync("08-exports");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Download the workbook (.xlsx)" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);

        using var workbook = new XLWorkbook(path);
        Assert.NotEmpty(workbook.Worksheets);
        Assert.Contains(workbook.Worksheets, sheet => sheet.LastRowUsed()?.RowNumber() > 1);
        File.Delete(path);
    }

    private static async Task<string[]> LabelsOf(IPage page) =>
        [.. (await page.Locator("figure.source-page figcaption").AllInnerTextsAsync())
            .Select(text => text.StartsWith("Statement", StringComparison.Ordinal) ? "Statement page"
                : "Receipt page")];

    /// <summary>An open issue about a charge that has a matched receipt, so both pages can be shown.</summary>
    private async Task<Guid> IssueWithChargeAndReceiptAsync()
    {
        using var api = fixture.ApiClientFor("Reviewer");
        var session = fixture.ReviewSessionId;
        var receipts = await api.GetFromJsonAsync<JsonElement>($"sessions/{session}/receipts?pageSize=500");
        var matched = receipts.GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("match").GetProperty("transactionId"))
            .Where(t => t.ValueKind == JsonValueKind.String)
            .Select(t => t.GetGuid())
            .ToHashSet();
        var issues = await api.GetFromJsonAsync<JsonElement>($"sessions/{session}/issues?status=Open&pageSize=500");
        return issues.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("transactionId").ValueKind == JsonValueKind.String
                && matched.Contains(i.GetProperty("transactionId").GetGuid()))
            .Select(i => i.GetProperty("id").GetGuid())
            .First();
    }
}
