using CardProcessor.Extraction.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Extraction;

public static class DocumentLimitsRegistration
{
    /// <summary>The one set of <see cref="DocumentLimits"/> the API's upload check and the worker read under.</summary>
    public static IServiceCollection AddDocumentLimits(this IServiceCollection services)
    {
        services.AddOptions<DocumentLimits>()
            .BindConfiguration(DocumentLimits.SectionName)
            .ValidateDataAnnotations()
            .Validate(l => l.MaxStreamBytes <= l.MaxDocumentBytes, "MaxStreamBytes must not exceed MaxDocumentBytes.")
            .ValidateOnStart();
        return services;
    }
}
