using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Transactions;

internal static class TransactionsApi
{
    public static RouteGroupBuilder MapTransactionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/transactions", ListTransactions.HandleAsync)
            .WithName("ListSessionTransactions").WithTags("Transactions").RequireAuthorization(Policies.Read);
        return api;
    }
}
