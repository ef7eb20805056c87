using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Api.Security;

/// <summary>Request limits, rate limits and CORS (section <c>Security</c>), validated at start.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Requests per user (object id) per window; a user behind a shared proxy is still one user.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerUser { get; set; } = 3000;

    /// <summary>Requests per client address per window, signed in or not (tokens are checked after this).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerAddress { get; set; } = 1200;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The body of any request but an upload (which has <c>Extraction:Limits:MaxFileBytes</c>).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long an ordinary request may run; exports, uploads and event streams have their own.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Origins allowed to call the API from a browser; empty (the default) closes CORS.</summary>
    public string[] CorsAllowedOrigins { get; set; } = [];
}
