namespace CardProcessor.Web.Api.Models;

public sealed record UserList(IReadOnlyList<SignedInUser> Items);
