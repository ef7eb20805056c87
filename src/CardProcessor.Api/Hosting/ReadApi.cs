using CardProcessor.Api.Authentication;
using CardProcessor.Api.Cards;
using CardProcessor.Api.Issues;
using CardProcessor.Api.Receipts;
using CardProcessor.Api.Transactions;

namespace CardProcessor.Api.Hosting;

internal static class ReadApi
{
    /// <summary>The session's extracted rows: cards, transactions, receipts and issues, paged.</summary>
    public static RouteGroupBuilder MapSessionContentsApi(this RouteGroupBuilder api)
    {
        var session = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(Policies.Read);
        session.MapGet("/cards", ListStatementCards.HandleAsync).WithName("ListSessionCards").WithTags("Cards");
        session.MapGet("/transactions", ListTransactions.HandleAsync).WithName("ListSessionTransactions").WithTags("Transactions");
        session.MapGet("/receipts", ListReceipts.HandleAsync).WithName("ListSessionReceipts").WithTags("Receipts");
        session.MapGet("/issues", ListSessionIssues.HandleAsync).WithName("ListSessionIssues").WithTags("Issues");
        return api;
    }
}
