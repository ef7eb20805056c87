using CardProcessor.Web.EndToEnd.Support;
using Microsoft.Playwright;

namespace CardProcessor.Web.EndToEnd;

[Collection(RunningWebApp.Name)]
public sealed class AdminTests(WebAppFixture fixture)
{
    [Fact]
    public async Task An_admin_reads_the_audit_log_matches_trends_and_the_session_summary_with_no_serious_violation()
    {
        await using var admin = await BrowserSession.SignInAsync(fixture, "Admin");
        var session = fixture.ReviewSessionId;

        await admin.OpenAsync("/audit");
        await Assertions.Expect(admin.Page.Locator("table.grid tbody tr").First).ToBeVisibleAsync();
        await admin.CheckAccessibilityAsync("audit");
        await admin.ScreenshotAsync("10-audit");

        await admin.OpenAsync($"/sessions/{session}/matches");
        await admin.CheckAccessibilityAsync("matches");
        await admin.ScreenshotAsync("09-matches");

        await admin.OpenAsync("/trends");
        await admin.CheckAccessibilityAsync("trends");
        await admin.ScreenshotAsync("11-trends");

        await admin.OpenAsync($"/sessions/{session}");
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = "Summary" })).ToBeVisibleAsync();
        await admin.CheckAccessibilityAsync("session summary");
        await admin.ScreenshotAsync("03b-session-summary");

        await admin.OpenAsync($"/sessions/{session}/compare");
        await admin.CheckAccessibilityAsync("compare");
    }
}
