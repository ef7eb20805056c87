namespace CardProcessor.Api.Authentication;

/// <summary>Entra ID app roles, as they arrive in the token's <c>roles</c> claim.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Processor = nameof(Processor);
    public const string Reviewer = nameof(Reviewer);
    public const string ReadOnly = nameof(ReadOnly);
}
