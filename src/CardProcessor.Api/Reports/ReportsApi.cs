using CardProcessor.Api.Authentication;
using CardProcessor.Api.Security;

namespace CardProcessor.Api.Reports;

internal static class ReportsApi
{
    /// <summary>
    /// Finance's files (workbook, CSV datasets, packets) and the session summary; every signed-in role
    /// may take them.
    /// </summary>
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        // A 100,000-row workbook or a packets zip takes longer than an ordinary request.
        var reports = api.MapGroup(string.Empty).WithTags("Reports").RequireAuthorization(Policies.Read);
        reports.WithRequestTimeout(SecuritySetup.LongRunning);
        reports.MapPost("/sessions/{id:guid}/reports/excel", ExportWorkbook.HandleAsync)
            .WithName("ExportSessionWorkbook");
        reports.MapPost("/sessions/{id:guid}/reports/csv", ExportCsv.HandleAsync)
            .WithName("ExportSessionCsv");
        reports.MapGet("/sessions/{id:guid}/packets", ExportPackets.HandleAsync)
            .WithName("ExportSessionPackets");
        reports.MapGet("/reports/summary", GetReportSummary.HandleAsync)
            .WithName("GetReportSummary");
        return api;
    }
}
