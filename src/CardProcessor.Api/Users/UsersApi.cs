using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Users;

internal static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup(string.Empty).WithTags("Users");
        users.MapGet("/me", GetMe.HandleAsync)
            .WithName("GetMe")
            .WithSummary("The caller's name, object id and roles, as the token says")
            .RequireAuthorization(Policies.Read);
        users.MapGet("/users", ListUsers.HandleAsync)
            .WithName("ListUsers")
            .WithSummary("People who have signed in, for picking an assignee")
            .RequireAuthorization(Policies.Read);
        return api;
    }
}
