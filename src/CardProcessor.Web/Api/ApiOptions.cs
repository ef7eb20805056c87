using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Web.Api;

/// <summary>Where the public API is and which scope the app asks Entra ID for on the user's behalf.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The API's root, without <c>/api/v1</c> (for example <c>http://cardprocessor-api</c>).</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>The delegated scopes of the API's app registration, such as
    /// <c>api://cardprocessor/access_as_user</c>.</summary>
    [Required]
    [MinLength(1)]
    public string[] Scopes { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);
}
