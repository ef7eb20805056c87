using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Sessions;

internal static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapPost("/", CreateSession.HandleAsync)
            .WithName("CreateSession")
            .RequireAuthorization(Policies.Process);
        sessions.MapGet("/", ListSessions.HandleAsync).WithName("ListSessions").RequireAuthorization(Policies.Read);
        sessions.MapGet("/{id:guid}", GetSession.HandleAsync)
            .WithName("GetSession")
            .RequireAuthorization(Policies.Read);
        sessions.MapPatch("/{id:guid}", UpdateSession.HandleAsync)
            .WithName("UpdateSession")
            .RequireAuthorization(Policies.Process);
        sessions.MapDelete("/{id:guid}", DeleteSession.HandleAsync)
            .WithName("DeleteSession")
            .RequireAuthorization(Policies.Process);
        sessions.MapPost("/{id:guid}/process", ProcessSession.HandleAsync)
            .WithName("ProcessSession")
            .RequireAuthorization(Policies.Process);
        sessions.MapPost("/{id:guid}/cancel", CancelProcessing.HandleAsync)
            .WithName("CancelSessionProcessing")
            .RequireAuthorization(Policies.Process);
        sessions.MapGet("/{id:guid}/events", SessionEvents.HandleAsync)
            .WithName("GetSessionEvents")
            .WithSummary("Server-Sent Events: the session's progress, at once and on every change")
            .Produces<ProgressResponse>(StatusCodes.Status200OK, "text/event-stream")
            .RequireAuthorization(Policies.Read);
        sessions.MapGet("/{id:guid}/progress", GetProgress.HandleAsync)
            .WithName("GetSessionProgress")
            .RequireAuthorization(Policies.Read);
        sessions.MapGet("/{id:guid}/compare", CompareSession.HandleAsync)
            .WithName("CompareSessionWithParent")
            .RequireAuthorization(Policies.Read);
        sessions.MapPost("/{id:guid}/approve", ApproveSession.HandleAsync)
            .WithName("ApproveSession")
            .RequireAuthorization(Policies.Review);
        return api;
    }
}
