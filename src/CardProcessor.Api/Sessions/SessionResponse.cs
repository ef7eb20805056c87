using System.Linq.Expressions;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Api.Sessions;

public sealed record SessionResponse(
    Guid Id,
    string Name,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    SessionStatus Status,
    Guid? ParentSessionId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ProcessingStartedAt,
    DateTimeOffset? ProcessingCompletedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    int DocumentCount,
    string ETag)
{
    public static readonly Expression<Func<ProcessingSession, SessionResponse>> Projection = s => new SessionResponse(
        s.Id,
        s.Name,
        s.PeriodStart,
        s.PeriodEnd,
        s.Status,
        s.ParentSessionId,
        s.CreatedBy,
        s.CreatedAt,
        s.UpdatedAt,
        s.ProcessingStartedAt,
        s.ProcessingCompletedAt,
        s.ApprovedBy,
        s.ApprovedAt,
        s.Documents.Count,
        ETags.From(s.Version));

    private static readonly Func<ProcessingSession, SessionResponse> s_compiled = Projection.Compile();

    public static SessionResponse From(ProcessingSession s) => s_compiled(s);
}
