using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Issues;

internal static class IssuesApi
{
    public static RouteGroupBuilder MapIssuesApi(this RouteGroupBuilder api)
    {
        var session = api.MapGroup("/sessions/{id:guid}").WithTags("Issues");
        session.MapGet("/issues", ListSessionIssues.HandleAsync)
            .WithName("ListSessionIssues").RequireAuthorization(Policies.Read);
        session.MapPost("/validate", ValidateSession.HandleAsync)
            .WithName("ValidateSession").RequireAuthorization(Policies.Review);

        var issues = api.MapGroup("/issues").WithTags("Issues");
        issues.MapGet("/{id:guid}", GetIssue.HandleAsync).WithName("GetIssue").RequireAuthorization(Policies.Read);
        issues.MapPatch("/{id:guid}", UpdateIssue.HandleAsync)
            .WithName("UpdateIssue")
            .RequireAuthorization(Policies.Review);
        issues.MapPost("/{id:guid}/comments", AddIssueComment.HandleAsync)
            .WithName("AddIssueComment").RequireAuthorization(Policies.Review);
        issues.MapPost("/bulk", BulkUpdateIssues.HandleAsync)
            .WithName("BulkUpdateIssues").RequireAuthorization(Policies.Review);
        return api;
    }
}
