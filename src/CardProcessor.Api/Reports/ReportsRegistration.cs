using CardProcessor.Api.Reports.Csv;
using CardProcessor.Api.Reports.Excel;
using CardProcessor.Api.Reports.Packets;

namespace CardProcessor.Api.Reports;

internal static class ReportsRegistration
{
    /// <summary>The report writers, plain classes the endpoints and the benchmark call alike.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ExcelWorkbookWriter>();
        services.AddScoped<CsvExportWriter>();
        services.AddScoped<PacketWriter>();
        return services;
    }
}
