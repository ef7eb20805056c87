using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CardProcessor.Api.Security;

/// <summary>
/// Every request body is bounded by <see cref="SecurityOptions.MaxRequestBodyBytes"/> unless its
/// endpoint carries <see cref="OwnBodyLimit"/> (uploads set theirs from <c>Extraction:Limits:MaxFileBytes</c>).
/// A declared length over the limit is refused at once with 413; an undeclared one is cut off by the
/// server when it passes the limit.
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>Endpoint metadata: the endpoint sets its own body limit.</summary>
    public sealed class OwnBodyLimit;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<OwnBodyLimit>() is null)
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>()
                .Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await TypedResults.Problem(
                    $"The request body is {context.Request.ContentLength} bytes; at most {limit} are accepted here.",
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Request body too large").ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        await next(context);
    });
}
