namespace DocumentIntelligenceEmulator.Api;

/// <summary>The service's routes under <c>/documentintelligence</c> that the emulator implements.</summary>
internal static class DocumentIntelligenceApi
{
    public const string ApiVersion = "2024-11-30";

    public static WebApplication MapDocumentIntelligenceApi(this WebApplication app)
    {
        var api = app.MapGroup("/documentintelligence/documentModels").AddEndpointFilter(RequireApiVersion);
        api.MapPost("/{modelId}:analyze", AnalyzeDocumentEndpoint.HandleAsync).WithName("AnalyzeDocument");
        api.MapGet("/{modelId}/analyzeResults/{resultId}", AnalyzeResultEndpoints.Get).WithName("GetAnalyzeResult");
        api.MapDelete("/{modelId}/analyzeResults/{resultId}", AnalyzeResultEndpoints.Delete)
            .WithName("DeleteAnalyzeResult");
        app.MapFallback(ServiceErrors.ResourceNotFound);
        return app;
    }

    private static async ValueTask<object?> RequireApiVersion(EndpointFilterInvocationContext context,
        EndpointFilterDelegate next) =>
        context.HttpContext.Request.Query["api-version"] == ApiVersion
            ? await next(context)
            : ServiceErrors.InvalidParameter(
                $"The api-version query parameter is missing or unsupported; the emulator speaks {ApiVersion}.");
}
