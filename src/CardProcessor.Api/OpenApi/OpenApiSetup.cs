using Microsoft.AspNetCore.Authorization;
using Scalar.AspNetCore;

namespace CardProcessor.Api.OpenApi;

internal static class OpenApiSetup
{
    public static IServiceCollection AddApiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddDocumentTransformer<BearerSecuritySchemeTransformer>());

    /// <summary>
    /// The OpenAPI document at <c>/openapi/v1.json</c> and an interactive reference page at <c>/scalar/v1</c>.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(options => options.WithTitle("CardProcessor API")).AllowAnonymous();
        return app;
    }
}
