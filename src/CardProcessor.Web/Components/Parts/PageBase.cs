using CardProcessor.Web.Api;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace CardProcessor.Web.Components.Parts;

/// <summary>
/// What every screen shares: the request (static rendering has one), the API, and one way to run an API call so
/// that its problem is shown on the page instead of failing it.
/// </summary>
public abstract class PageBase : ComponentBase
{
    [CascadingParameter] public HttpContext? Http { get; set; }

    [Inject] public ApiClient Api { get; set; } = null!;

    [Inject] public Authentication.CurrentUser User { get; set; } = null!;

    [Inject] public NavigationManager Navigation { get; set; } = null!;

    protected ApiProblem? Problem { get; set; }

    /// <summary>Who the user is and what their role allows is known before any screen decides what to show.</summary>
    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        await User.LoadAsync(Aborted);
        await base.SetParametersAsync(ParameterView.Empty);
    }

    protected CancellationToken Aborted => Http?.RequestAborted ?? CancellationToken.None;

    /// <summary>A posted field of the form being handled.</summary>
    protected string? Field(string name) =>
        Http?.Request.HasFormContentType == true && Http.Request.Form.TryGetValue(name, out var value)
            ? value.ToString()
            : null;

    protected IReadOnlyList<string> Fields(string name) =>
        Http?.Request.HasFormContentType == true
            ? Http.Request.Form[name].Where(v => v is not null).Select(v => v!).ToList()
            : [];

    protected async Task<bool> TryAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiProblemException failure)
        {
            Problem = failure.Problem;
            if (Http is not null)
            {
                Http.Response.StatusCode = (int)failure.Problem.Status is >= 400 and < 600
                    ? (int)failure.Problem.Status
                    : 500;
            }

            return false;
        }
    }

    /// <summary>After a change, the page is loaded again by GET, so a refresh never repeats the change.</summary>
    protected void ReloadAfterChange() => Navigation.NavigateTo(Navigation.Uri, forceLoad: false);
}
