using CardProcessor.Reports.Csv;
using CardProcessor.Reports.Excel;
using CardProcessor.Reports.Packets;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Reports;

public static class ReportsRegistration
{
    /// <summary>
    /// The report writers, plain classes the endpoints and the benchmark call alike, and their options.
    /// </summary>
    public static IServiceCollection AddCardProcessorReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ExcelWorkbookWriter>();
        services.AddScoped<CsvExportWriter>();
        services.AddScoped<PacketWriter>();
        return services;
    }
}
