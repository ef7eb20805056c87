using CardProcessor.ServiceDefaults;
using CardProcessor.Web.Authentication;
using CardProcessor.Web.Components;
using CardProcessor.Web.Documents;
using CardProcessor.Web.Exports;
using CardProcessor.Web.Sessions;

namespace CardProcessor.Web.Hosting;

internal static class WebPipeline
{
    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            // Behind the ingress the app must build its redirect URI with the public scheme and host.
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost,
        });
        app.UseWebSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseDefaultMetrics();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseMiddleware<SignInAgainMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWebEndpoints(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        app.MapAccountApi();
        app.MapSessionStreamApi();
        app.MapDocumentPagesApi();
        app.MapDownloadsApi();
        app.MapRazorComponents<App>();
        return app;
    }
}
