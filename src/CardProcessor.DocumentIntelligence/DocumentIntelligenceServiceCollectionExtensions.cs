using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CardProcessor.DocumentIntelligence;

public static class DocumentIntelligenceServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DocumentIntelligenceOptions"/> from the <c>DocumentIntelligence</c> section, validated at
    /// start-up, and registers <see cref="DocumentIntelligenceClientProvider"/>. A missing section is valid and
    /// means "not configured"; a half-filled one (an endpoint without a key) stops the host.
    /// </summary>
    /// <param name="configureClient">Adjusts the pipeline options, e.g. a test transport or retry delays.</param>
    public static IServiceCollection AddDocumentIntelligence(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<DocumentIntelligenceClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DocumentIntelligenceOptions>()
            .Bind(configuration.GetSection(DocumentIntelligenceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(provider => new DocumentIntelligenceClientProvider(
            provider.GetRequiredService<IOptions<DocumentIntelligenceOptions>>(),
            provider.GetRequiredService<ILogger<DocumentIntelligenceClient>>(),
            configureClient));
        return services;
    }
}
