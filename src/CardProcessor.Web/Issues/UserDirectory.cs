using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Issues;

/// <summary>The people who have signed in (<c>GET /users</c>), offered as assignees instead of typed names.</summary>
internal static class UserDirectory
{
    public static async Task<IReadOnlyList<string>> NamesAsync(ApiClient api, CancellationToken cancellationToken)
    {
        try
        {
            var users = await api.GetAsync<UserList>("users", cancellationToken);
            return users.Items.Select(u => u.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (ApiProblemException)
        {
            // Without the directory the field still takes a typed name.
            return [];
        }
    }
}
