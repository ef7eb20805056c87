using System.Net;
using CardProcessor.Web.Api;

namespace CardProcessor.Web.Issues;

/// <summary>What each button of the issue page sends: the PATCH body, or a comment; or why it cannot be sent.</summary>
public static class IssueActions
{
    public sealed record Outcome(object? Body, string? Comment, ApiProblem? Problem);

    public static Outcome Request(string? action, string? note, string? assignee)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return action switch
        {
            "Resolved" or "Waived" when text is null => Refuse(action == "Resolved"
                ? "Resolving an issue needs a note that says how it was resolved."
                : "Waiving an issue needs a note that justifies the waiver."),
            "Resolved" or "Waived" or "Open" => new Outcome(new { status = action, note = text }, null, null),
            "assign" => new Outcome(new { assignee = assignee?.Trim() ?? "" }, null, null),
            "comment" when text is null => Refuse("Write the comment in the note field first."),
            "comment" => new Outcome(null, text, null),
            _ => Refuse("Choose one of the buttons."),
        };
    }

    private static Outcome Refuse(string sentence) =>
        new(null, null, new ApiProblem(HttpStatusCode.BadRequest, null, sentence, null));
}
