using CardProcessor.Web.Sessions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using CardProcessor.Web.Tests.Support;

namespace CardProcessor.Web.Tests;

public sealed class SessionsScreenTests : ScreenTest
{
    public SessionsScreenTests() => Api.Answer("GET sessions?pageSize=200", new
    {
        items = new[] { Session("June", "Draft"), Session("May", "Review") },
        page = 1,
        pageSize = 200,
        total = 2,
    });

    [Fact]
    public void A_processor_can_create_and_delete_only_the_draft()
    {
        SignedInAs("Processor");

        var screen = Render<SessionsPage>();

        Assert.Single(screen.FindAll("button[name=delete]"));
        Assert.Equal("Delete June", screen.Find("button[name=delete]").GetAttribute("aria-label"));
        Assert.NotNull(screen.Find("#create-heading"));
    }

    [Fact]
    public void A_read_only_user_sees_the_sessions_but_no_control_that_changes_them()
    {
        SignedInAs("ReadOnly");

        var screen = Render<SessionsPage>();

        Assert.Equal(2, screen.FindAll("tbody tr").Count);
        Assert.Empty(screen.FindAll("button[name=delete]"));
        Assert.Empty(screen.FindAll("#create-heading"));
    }

    [Fact]
    public void The_status_filter_is_sent_to_the_api_and_an_unknown_one_is_dropped()
    {
        SignedInAs("Reviewer");
        Api.Answer("GET sessions?pageSize=200&status=Review",
            new { items = Array.Empty<object>(), page = 1, pageSize = 200, total = 0 });

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("status", "Review"));
        Render<SessionsPage>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("status", "Nonsense"));
        Render<SessionsPage>();

        Assert.Contains("GET sessions?pageSize=200&status=Review", Api.Requests);
        Assert.Equal(2, Api.Requests.Count(r => r.StartsWith("GET sessions?pageSize=200", StringComparison.Ordinal)));
        Assert.DoesNotContain(Api.Requests, r => r.Contains("Nonsense", StringComparison.Ordinal));
    }

    [Fact]
    public void An_api_error_is_shown_as_a_sentence_with_its_trace_id()
    {
        SignedInAs("Reviewer");
        Api.Answer(
            "GET sessions?pageSize=200",
            new { title = "Bad Request", status = 400, detail = "periodEnd must not be before periodStart",
                traceId = "00-abc-01" },
            System.Net.HttpStatusCode.BadRequest);

        var screen = Render<SessionsPage>();

        Assert.Equal("periodEnd must not be before periodStart.", screen.Find(".problem p").TextContent);
        Assert.Equal("00-abc-01", screen.Find(".problem code").TextContent);
    }

    private static object Session(string name, string status) => new
    {
        id = Guid.NewGuid(),
        name,
        periodStart = "2024-06-01",
        periodEnd = "2024-06-30",
        status,
        createdBy = "someone",
        createdAt = DateTimeOffset.UnixEpoch,
        documentCount = 2,
        etag = "\"1\"",
    };
}
