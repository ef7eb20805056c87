using System.Text.Json.Serialization;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.OpenApi;
using CardProcessor.Api.Reports;
using CardProcessor.Api.Security;
using CardProcessor.Api.Sessions.Events;
using CardProcessor.Processing;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Messaging;
using CardProcessor.Processing.Retention;

namespace CardProcessor.Api.Hosting;

internal static class ApiServices
{
    public static WebApplicationBuilder AddApiServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddCardProcessorCore(configuration);
        // With the in-memory transport there is no separate worker: this process consumes its own messages.
        var transport = configuration.GetValue(
            MessagingOptions.SectionName + ":Transport",
            MessagingTransport.RabbitMq);
        services.AddCardProcessorMessaging(configuration, hostConsumers: transport == MessagingTransport.InMemory);
        if (transport == MessagingTransport.InMemory)
        {
            services.AddDocumentIntelligenceReader(configuration);
        }

        services.AddApiAuthentication(configuration, builder.Environment);
        services.AddApiSecurity(configuration);
        services.AddCardProcessorRetention();
        services.AddReports();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddSingleton<SessionChangeFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<SessionChangeFeed>());
        services.AddApiOpenApi();
        return builder;
    }
}
