using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CardProcessor.Api.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CardProcessor.Api.Security;

/// <summary>
/// Fixed windows: one per signed-in user (by object id), and one per client address for callers
/// without a valid token, so neither one account nor an anonymous script can starve the others. A
/// refusal is a 429 ProblemDetails with <c>Retry-After</c>. Health and metrics are not limited
/// (the probes and Prometheus must always get through).
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "address",
                    AddressOf(context), o => o.PermitsPerAddress)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "user",
                    UserOf(context.User), o => o.PermitsPerUser)));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(
        HttpContext context, string kind, string? key, Func<SecurityOptions, int> permits)
    {
        if (key is null || context.Request.Path.StartsWithSegments("/health")
            || context.Request.Path.StartsWithSegments("/metrics"))
        {
            return RateLimitPartition.GetNoLimiter($"{kind}:none");
        }

        var options = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{key}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = options.Window,
            QueueLimit = 0,
        });
    }

    // A signed-in caller is limited as a user only: the web app's server calls for many users from
    // one address, and would otherwise share one window among all of them.
    private static string? AddressOf(HttpContext context) => context.User.Identity?.IsAuthenticated == true
        ? null
        : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? UserOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? CallerIdentity.ObjectIdOf(user) : null;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : (int)http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.Window.TotalSeconds;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        ProblemHttpResult problem = TypedResults.Problem(
            $"Too many requests; try again in {retryAfter} s.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests");
        await problem.ExecuteAsync(http);
    }
}
