using CardProcessor.Web.Api;
using CardProcessor.Web.Authentication;
using CardProcessor.Web.DataProtection;
using Microsoft.Extensions.Options;

namespace CardProcessor.Web.Hosting;

internal static class WebServices
{
    public static WebApplicationBuilder AddWebServices(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsProduction())
        {
            // Run from the build output (tests, the demo): wwwroot is served from the project, as in Development.
            // A published image carries wwwroot itself.
            builder.WebHost.UseStaticWebAssets();
        }

        var services = builder.Services;
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddWebAuthentication(builder.Configuration, builder.Environment);
        services.AddSharedDataProtection(builder.Configuration, builder.Environment);
        services.AddHttpContextAccessor();
        services.AddHttpClient<ApiClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<ApiOptions>>().Value;
            http.BaseAddress = new Uri(options.BaseAddress!, "/api/v1/");
            http.Timeout = options.Timeout;
        });
        services.AddScoped<CurrentUser>();
        services.AddRazorComponents();
        services.AddAntiforgery();
        return builder;
    }
}
