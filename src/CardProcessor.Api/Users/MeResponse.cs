namespace CardProcessor.Api.Users;

/// <summary>The caller: name, object id and roles as the token says, for clients to show who is signed in.</summary>
public sealed record MeResponse(string ObjectId, string Name, string? Email, IReadOnlyList<string> Roles);
