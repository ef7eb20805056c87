using System.Security.Claims;
using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Authentication;

/// <summary>
/// Who is signed in and what their role lets them do, as the API says (<c>GET /me</c> reads the access token the
/// API itself checks). The pages hide what the role cannot do; the API still refuses it if asked.
/// </summary>
public sealed class CurrentUser(ApiClient api, IHttpContextAccessor http)
{
    private SignedInUser? _me;

    public string Name => _me?.Name ?? http.HttpContext?.User.FindFirstValue("name") ?? "";

    public IReadOnlyList<string> Roles => _me?.Roles ?? [];

    public bool CanProcess => Roles.Contains("Admin") || Roles.Contains("Processor");

    public bool CanReview => Roles.Contains("Admin") || Roles.Contains("Reviewer");

    public bool CanApprove => CanReview;

    public bool IsAdmin => Roles.Contains("Admin");

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (_me is not null)
        {
            return;
        }

        try
        {
            _me = await api.GetAsync<SignedInUser>("me", cancellationToken);
        }
        catch (ApiProblemException problem) when (problem.Problem.Status == System.Net.HttpStatusCode.NotFound)
        {
            // An API without /me yet: the roles the ID token carries, which the API's token has too.
            var user = http.HttpContext?.User;
            _me = new SignedInUser(
                user?.FindFirstValue("oid") ?? "",
                user?.FindFirstValue("name") ?? "",
                user?.FindFirstValue("preferred_username"),
                user?.FindAll("roles").Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).Distinct().ToList()
                    ?? []);
        }
    }
}
