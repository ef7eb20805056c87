using System.Text;
using System.Text.Encodings.Web;

namespace CardProcessor.DevIdentity.Authorization;

/// <summary>
/// The one place a person or a test says who they are locally: a user name and a role. The client's request
/// travels in hidden fields, so the page keeps no state of its own.
/// </summary>
internal static class SignInPage
{
    public static readonly string[] Roles = ["Admin", "Processor", "Reviewer", "ReadOnly"];

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(IEnumerable<KeyValuePair<string, string?>> request, string? error = null)
    {
        var page = new StringBuilder();
        page.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in - CardProcessor development issuer</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;color:#1b1b1b}
            label{display:block;margin-top:1rem;font-weight:600}input,select,button{font:inherit;padding:.4rem;
            width:100%;box-sizing:border-box}button{margin-top:1.5rem;background:#0b5cad;color:#fff;border:0}
            .error{color:#a4000f}</style></head><body><main>
            <h1>Sign in</h1>
            <p>Development issuer: choose who you are. Entra ID takes this place in production.</p>
            """);
        if (error is not null)
        {
            page.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(error)).Append("</p>");
        }

        page.Append("<form method=\"post\">");
        foreach (var (name, value) in request.Where(field => field.Value is not null))
        {
            page.Append("<input type=\"hidden\" name=\"").Append(Html.Encode(name))
                .Append("\" value=\"").Append(Html.Encode(value!)).Append("\">");
        }

        page.Append("""
            <label for="username">User name</label>
            <input id="username" name="username" autocomplete="username" required value="dev.user@cardprocessor.local">
            <label for="role">Role</label>
            <select id="role" name="role">
            """);
        foreach (var role in Roles)
        {
            page.Append("<option>").Append(role).Append("</option>");
        }

        page.Append("</select><button type=\"submit\">Sign in</button></form></main></body></html>");
        return page.ToString();
    }

    /// <summary>Entra ID's <c>response_mode=form_post</c>: a page that posts the code to the client at once.</summary>
    public static string FormPost(string redirectUri, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Signing in</title></head>");
        page.Append("<body onload=\"document.forms[0].submit()\"><main><form method=\"post\" action=\"")
            .Append(Html.Encode(redirectUri)).Append("\">");
        foreach (var (name, value) in fields.Where(field => field.Value is not null))
        {
            page.Append("<input type=\"hidden\" name=\"").Append(Html.Encode(name))
                .Append("\" value=\"").Append(Html.Encode(value!)).Append("\">");
        }

        return page.Append("<noscript><button type=\"submit\">Continue</button></noscript></form></main></body></html>")
            .ToString();
    }
}
