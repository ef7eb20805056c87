using CardProcessor.Reports;

namespace CardProcessor.Api.Reports;

internal static class ReportsRegistration
{
    /// <summary>The reports library: its writers and options, validated at start.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddCardProcessorReports();
}
