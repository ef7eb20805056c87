using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CardProcessor.Web.EndToEnd.Support;

/// <summary>
/// One person in the browser: signed in through the development issuer's page (User name, Role, Sign in), with
/// helpers to check a screen with axe-core and keep a screenshot of it.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserSession(IBrowserContext context, IPage page, Uri web)
    {
        _context = context;
        Page = page;
        Web = web;
    }

    public IPage Page { get; }

    /// <summary>What the page's scripts reported (errors, failed requests), for failure messages.</summary>
    public List<string> Console { get; } = [];

    public Uri Web { get; }

    /// <summary>Where the screenshots of a run are kept (the test output's <c>screenshots/</c>).</summary>
    public static string ScreenshotFolder { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task<BrowserSession> SignInAsync(WebAppFixture fixture, string role)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Web.Address.ToString());
        await page.GetByLabel("User name").FillAsync($"{role.ToLowerInvariant()}.person@example.test");
        await page.GetByLabel("Role").SelectOptionAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(fixture.Web.Address.ToString(), StringComparison.Ordinal)
            && !url.Contains("signin-oidc", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sessions", Exact = true }).WaitForAsync();
        var session = new BrowserSession(context, page, fixture.Web.Address);
        page.Console += (_, message) => session.Console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => session.Console.Add($"page error: {error}");
        page.RequestFailed += (_, request) => session.Console.Add($"failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                session.Console.Add($"{response.Status}: {response.Url}");
            }
        };
        return session;
    }

    public async Task OpenAsync(string path)
    {
        var response = await Page.GotoAsync(new Uri(Web, path).ToString());
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
    }

    /// <summary>axe-core over the whole page: no serious or critical violation.</summary>
    public async Task CheckAccessibilityAsync(string screen)
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{screen}: {string.Join(Environment.NewLine, serious)}");
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotFolder, $"{name}.png"),
            FullPage = true,
        });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
