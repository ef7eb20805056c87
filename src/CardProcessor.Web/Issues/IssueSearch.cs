using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Issues;

internal static class IssueSearch
{
    /// <summary>
    /// The search box is sent to the API as <c>search=</c>; until the API filters by it, the page narrows the page
    /// it received to the issues whose rule, message, reference or assignee contain the text.
    /// </summary>
    public static Paged<Issue> Within(Paged<Issue> page, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return page;
        }

        var text = search.Trim();
        bool Has(string? value) => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
        return page with
        {
            Items = page.Items.Where(i => Has(i.Rule) || Has(i.Message) || Has(i.TransactionReference)
                || Has(i.Assignee))
                .ToList(),
        };
    }
}
