using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Retention;

public static class RetentionRegistration
{
    /// <summary>The retention sweep and the job that runs it (the API hosts it; replicas take turns).</summary>
    public static IServiceCollection AddCardProcessorRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<RetentionSweep>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
