using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Audit;

internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAudit.HandleAsync)
            .WithName("ListAuditLog").WithTags("Audit").RequireAuthorization(Policies.Administer);
        return api;
    }
}
