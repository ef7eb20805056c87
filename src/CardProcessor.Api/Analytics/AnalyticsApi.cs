using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Analytics;

internal static class AnalyticsApi
{
    public static RouteGroupBuilder MapAnalyticsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/analytics/trends", GetTrends.HandleAsync)
            .WithName("GetTrends")
            .WithTags("Analytics")
            .RequireAuthorization(Policies.Read);
        return api;
    }
}
