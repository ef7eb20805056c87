namespace CardProcessor.Web.Api;

/// <summary>The signed-in user's access token for the API's scope.</summary>
public interface IUserTokenSource
{
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
