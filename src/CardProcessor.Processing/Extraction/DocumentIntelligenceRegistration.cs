using CardProcessor.DocumentIntelligence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Extraction;

public static class DocumentIntelligenceRegistration
{
    /// <summary>
    /// The OCR path for scans: Document Intelligence when its section is configured; otherwise scans fail with that
    /// reason.
    /// </summary>
    public static IServiceCollection AddDocumentIntelligenceReader(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddDocumentIntelligence(configuration);
        services.AddSingleton<IScannedPageReader, DocumentIntelligencePageReader>();
        return services;
    }
}
