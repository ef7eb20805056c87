using System.Net;

namespace CardProcessor.Web.Api;

/// <summary>
/// An API error as the user reads it: one sentence from the ProblemDetails (its detail, else its title), and the
/// trace id to quote to support. A 403 says that the user's role does not allow the action.
/// </summary>
public sealed record ApiProblem(HttpStatusCode Status, string? Title, string? Detail, string? TraceId)
{
    public bool IsForbidden => Status == HttpStatusCode.Forbidden;

    /// <summary>412: someone else changed the thing since the user read it.</summary>
    public bool IsStale => Status == HttpStatusCode.PreconditionFailed;

    public string Sentence => Status switch
    {
        HttpStatusCode.Forbidden => "Your role does not allow this action.",
        HttpStatusCode.Unauthorized => "Your sign-in has expired; sign in again.",
        HttpStatusCode.PreconditionFailed =>
            "Someone else changed this since you opened it. Reload to see their change; your note is kept.",
        _ => EndWithFullStop(Detail ?? Title ?? $"The API answered {(int)Status} {Status}"),
    };

    private static string EndWithFullStop(string text)
    {
        text = text.Trim();
        return text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
    }
}
