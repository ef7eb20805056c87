using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CardProcessor.Processing.Extraction;

public static class DocumentIntelligenceRegistration
{
    /// <summary>Registers the OCR path for scans: Document Intelligence when configured, otherwise a reader that says it is not.</summary>
    public static IServiceCollection AddDocumentIntelligenceReader(this IServiceCollection services, IConfiguration configuration)
    {
        // TEMPORARY: until the Document Intelligence client lands, scans fail with "not configured".
        services.TryAddSingleton<IScannedPageReader, UnconfiguredScannedPageReader>();
        return services;
    }
}
