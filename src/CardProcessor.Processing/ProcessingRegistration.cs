using CardProcessor.Data;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Health;
using CardProcessor.Processing.Messaging;
using CardProcessor.Processing.Outbox;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Sessions;
using CardProcessor.Processing.Storage;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using CardProcessor.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CardProcessor.Processing;

public static class ProcessingRegistration
{
    /// <summary>
    /// The database, the document store, the outbox and validation: what both the API and the worker need.
    /// </summary>
    public static IServiceCollection AddCardProcessorCore(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Postgres is not configured.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OutboxCommitInterceptor>();
        services.AddSingleton<SaveClockInterceptor>();
        services.AddDbContext<CardProcessorDbContext>((provider, options) =>
            CardProcessorDatabase.Configure(options, connectionString).AddInterceptors(
                provider.GetRequiredService<SaveClockInterceptor>(),
                provider.GetRequiredService<OutboxCommitInterceptor>()));

        services.AddDocumentStore();
        services.AddDocumentLimits();
        services.AddHealthChecks()
            .AddDbContextCheck<CardProcessorDbContext>("database", tags: [ServiceDefaultsExtensions.ReadyTag])
            .AddCheck<DocumentStoreHealthCheck>("blob-store", tags: [ServiceDefaultsExtensions.ReadyTag])
            .AddCheck<OutboxBacklogHealthCheck>("outbox", tags: [ServiceDefaultsExtensions.DependencyTag]);
        services.AddSingleton<IHealthCheckPublisher, HealthMetricsPublisher>();
        services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.FromSeconds(5);
            options.Period = TimeSpan.FromSeconds(10);
        });

        services.AddSingleton<OutboxSignal>();
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<OutboxDispatcher>();

        services.AddOptions<ValidationOptions>()
            .BindConfiguration(ValidationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<SessionValidator>();
        foreach (
            var rule in typeof(RuleCodes).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
                && t.IsAssignableTo(typeof(IValidationRule))))
        {
            services.AddSingleton(typeof(IValidationRule), rule);
        }

        return services;
    }

    /// <summary>
    /// MassTransit over RabbitMQ or in memory; with <paramref name="hostConsumers"/>, this process also does the
    /// worker's job.
    /// </summary>
    public static IServiceCollection AddCardProcessorMessaging(
        this IServiceCollection services,
        IConfiguration configuration,
        bool hostConsumers)
    {
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var messaging = configuration.GetSection(MessagingOptions.SectionName)
            .Get<MessagingOptions>() ?? new MessagingOptions();

        if (hostConsumers)
        {
            services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.SectionName);
            services.AddSingleton<DocumentProgress>();
            services.AddScoped<DocumentReader>();
            services.AddScoped<ExtractionWriter>();
        }

        if (messaging.Transport == MessagingTransport.RabbitMq)
        {
            services.AddHealthChecks()
                .AddCheck<BrokerHealthCheck>("broker", tags: [ServiceDefaultsExtensions.DependencyTag]);
        }

        services.AddMassTransit(bus =>
        {
            // Nothing leaves the cluster but to the services configured: no usage reports to MassTransit's vendor.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            // Readiness is "can accept work": the outbox holds messages while the broker is away, so
            // the bus is reported under /health/dependencies and never takes a replica out of service.
            bus.ConfigureHealthCheckOptions(options =>
            {
                options.Tags.Clear();
                options.Tags.Add(ServiceDefaultsExtensions.DependencyTag);
            });
            bus.SetKebabCaseEndpointNameFormatter();
            if (hostConsumers)
            {
                bus.AddConsumer<ProcessDocumentConsumer, ProcessDocumentConsumerDefinition>();
                bus.AddConsumer<ProcessDocumentFaultConsumer>();
                bus.AddConsumer<DocumentProcessedConsumer, DocumentProcessedConsumerDefinition>();
            }

            if (messaging.Transport == MessagingTransport.InMemory)
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                return;
            }

            bus.UsingRabbitMq((context, cfg) =>
            {
                var address = RabbitMqAddress.Parse(messaging.RabbitMqUri!);
                cfg.Host(address.Host, address.Port, address.VirtualHost, host =>
                {
                    host.Username(address.Username);
                    host.Password(address.Password);
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        return services;
    }
}
