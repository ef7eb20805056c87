using CardProcessor.Web.EndToEnd.Support;

namespace CardProcessor.Web.EndToEnd;

[Collection(RunningWebApp.Name)]
public sealed class ReadOnlyTests(WebAppFixture fixture)
{
    /// <summary>Every control that changes something, by what the screens call it.</summary>
    private const string EditControls =
        "button:text-matches('^(Resolve|Waive|Reopen|Assign|Comment|Delete|Create session|Start processing|Cancel "
            + "processing"
        + "|Retry|Save a new revision|Add alias|Remove|Approve the session|Confirm|Set owner|Resolve selected|Waive "
            + "selected"
        + "|Assign selected|Upload)$'), textarea, input[type=file], input[type=checkbox]";

    [Fact]
    public async Task A_read_only_user_finds_no_edit_control_on_any_screen()
    {
        await using var reader = await BrowserSession.SignInAsync(fixture, "ReadOnly");
        var session = fixture.ReviewSessionId;
        string[] screens =
        [
            "/", $"/sessions/{session}", $"/sessions/{session}/issues", $"/sessions/{session}/matches",
            $"/sessions/{session}/employees", $"/sessions/{session}/exports", $"/sessions/{session}/compare", "/trends",
        ];
        foreach (var screen in screens)
        {
            await reader.OpenAsync(screen);
            Assert.True(
                await reader.Page.Locator(EditControls).CountAsync() == 0,
                $"{screen} shows an edit control to a ReadOnly user");
            await reader.CheckAccessibilityAsync(screen);
        }

        await reader.OpenAsync($"/sessions/{session}/issues");
        await reader.Page.Locator("#issues tbody a").First.ClickAsync();
        await reader.Page.Locator("#issue-status").WaitForAsync();
        Assert.Equal(0, await reader.Page.Locator(EditControls).CountAsync());
        Assert.Equal(0, await reader.Page.GetByLabel("Note", new() { Exact = true }).CountAsync());
    }
}
