namespace CardProcessor.Api.Authentication;

/// <summary>Every endpoint names one of these. Admins may do everything.</summary>
public static class Policies
{
    /// <summary>Any signed-in role: read sessions, documents, issues, reports.</summary>
    public const string Read = nameof(Read);

    /// <summary>Create sessions, upload, start processing.</summary>
    public const string Process = nameof(Process);

    /// <summary>Change issues, employees, matches; approve.</summary>
    public const string Review = nameof(Review);

    /// <summary>Audit log and role administration.</summary>
    public const string Administer = nameof(Administer);
}
