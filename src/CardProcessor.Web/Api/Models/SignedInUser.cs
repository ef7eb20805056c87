namespace CardProcessor.Web.Api.Models;

public sealed record SignedInUser(
    string ObjectId, string Name, string? Email, IReadOnlyList<string> Roles);
