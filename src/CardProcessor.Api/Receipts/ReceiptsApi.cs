using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Receipts;

internal static class ReceiptsApi
{
    public static RouteGroupBuilder MapReceiptsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/receipts", ListReceipts.HandleAsync)
            .WithName("ListSessionReceipts").WithTags("Receipts").RequireAuthorization(Policies.Read);
        api.MapGet("/sessions/{id:guid}/matches", ListMatches.HandleAsync)
            .WithName("ListSessionMatches").WithTags("Matches").RequireAuthorization(Policies.Read);
        api.MapPut("/receipts/{id:guid}/match", UpdateReceiptMatch.HandleAsync)
            .WithName("UpdateReceiptMatch").WithTags("Matches").RequireAuthorization(Policies.Review);
        return api;
    }
}
