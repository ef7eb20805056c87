using CardProcessor.Web.EndToEnd.Support;
using Microsoft.Playwright;

namespace CardProcessor.Web.EndToEnd;

[Collection(RunningWebApp.Name)]
public sealed class ProcessorTests(WebAppFixture fixture)
{
    [Fact]
    public async Task A_processor_creates_a_session_uploads_the_pair_and_sees_it_reach_review_without_a_reload()
    {
        await using var processor = await BrowserSession.SignInAsync(fixture, "Processor");
        var page = processor.Page;
        await processor.CheckAccessibilityAsync("sessions");
        await processor.ScreenshotAsync("01-sessions");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("June statement");
        await page.GetByLabel("Period start").FillAsync("2024-06-01");
        await page.GetByLabel("Period end").FillAsync("2024-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sessions/[0-9a-f-]{36}$"));

        await page.GetByLabel("Files to upload").SetInputFilesAsync([WebAppFixture.Statement, WebAppFixture.Receipts]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        var rows = page.Locator("#progress tbody tr");
        try
        {
            await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 90_000 });
        }
        catch (PlaywrightException failure)
        {
            await processor.ScreenshotAsync("failed-upload");
            throw new InvalidOperationException(
                $"{page.Url}: {await page.Locator("body").InnerTextAsync()}{Environment.NewLine}"
                + string.Join(Environment.NewLine, processor.Console),
                failure);
        }
        await Assertions.Expect(page.Locator("#upload-results")).ToContainTextAsync("Statement");
        await processor.CheckAccessibilityAsync("session before processing");
        await processor.ScreenshotAsync("02-session-uploaded");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start processing" }).ClickAsync();
        await Assertions.Expect(page.Locator("#session-status")).ToHaveTextAsync("Processing");
        // A mark on the window survives only if the page is never loaded again.
        await page.EvaluateAsync("() => window.noReload = true");
        await Assertions.Expect(page.Locator("#session-status"))
            .ToHaveTextAsync("Review", new() { Timeout = 180_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.noReload === true"));
        await Assertions.Expect(page.Locator("#progress tbody .doc-status"))
            .ToHaveTextAsync(["Extracted", "Extracted"]);
        await processor.ScreenshotAsync("03-session-processed");
    }
}
