using System.Text.RegularExpressions;

namespace CardProcessor.Web.Issues;

internal static partial class IssueLinks
{
    /// <summary>The page's own link with <c>done=</c> replaced by the outcome of the change just made.</summary>
    public static string WithOutcome(string uri, string outcome)
    {
        var here = DonePattern().Replace(uri, "");
        var separator = here.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return $"{here}{separator}done={Uri.EscapeDataString(outcome)}";
    }

    [GeneratedRegex("[?&]done=[^&]*")]
    private static partial Regex DonePattern();
}
