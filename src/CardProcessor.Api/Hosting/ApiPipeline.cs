using CardProcessor.Api.Analytics;
using CardProcessor.Api.Audit;
using CardProcessor.Api.Cards;
using CardProcessor.Api.Documents;
using CardProcessor.Api.Employees;
using CardProcessor.Api.Issues;
using CardProcessor.Api.Receipts;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.OpenApi;
using CardProcessor.Api.Reports;
using CardProcessor.Api.Sessions;
using CardProcessor.Api.Transactions;
using CardProcessor.Api.Users;
using CardProcessor.ServiceDefaults;

namespace CardProcessor.Api.Hosting;

internal static class ApiPipeline
{
    public static WebApplication UseApiPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCorrelationIds();
        app.UseDefaultMetrics();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        app.MapApiReference();
        app.MapGroup("/api/v1")
            .MapSessionsApi()
            .MapDocumentsApi()
            .MapCardsApi()
            .MapTransactionsApi()
            .MapReceiptsApi()
            .MapIssuesApi()
            .MapEmployeesApi()
            .MapAuditApi()
            .MapReportsApi()
            .MapAnalyticsApi()
            .MapUsersApi();
        return app;
    }
}
