using System.Globalization;
using KeyVaultEmulator.Vault;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KeyVaultEmulator.Api;

/// <summary><c>GET /secrets</c>: the latest version of every secret, disabled ones included, a page at a
/// time.</summary>
internal static class ListSecretsEndpoint
{
    public static Results<Ok<SecretListJson>, JsonHttpResult<ErrorEnvelope>> Handle(
        HttpRequest request,
        SecretStore store,
        IOptions<EmulatorOptions> options,
        [FromQuery(Name = "maxresults")] int? maxResults,
        [FromQuery(Name = "$skiptoken")] string? skipToken)
    {
        if (maxResults is < 1 or > SecretPaging.MaxResults)
        {
            return VaultErrors.BadParameter($"maxresults must be between 1 and {SecretPaging.MaxResults}.");
        }

        if (!SecretPaging.TryReadSkipToken(skipToken, out var after))
        {
            return VaultErrors.BadParameter("The $skiptoken is not valid.");
        }

        var pageSize = maxResults ?? options.Value.PageSize;
        var remaining = store.Latest()
            .Where(secret => after is null || StringComparer.OrdinalIgnoreCase.Compare(secret.Name, after) > 0)
            .ToList();
        var vault = VaultAddress.Of(request);
        var page = remaining.Take(pageSize).Select(secret => SecretItemJson.From(vault, secret)).ToList();
        var nextLink = remaining.Count > pageSize
            ? $"{vault.BaseUrl}/secrets?api-version={request.Query["api-version"]}"
                + $"&$skiptoken={SecretPaging.SkipTokenAfter(remaining[pageSize - 1].Name)}"
                + $"&maxresults={pageSize.ToString(CultureInfo.InvariantCulture)}"
            : null;
        return TypedResults.Ok(new SecretListJson(page, nextLink));
    }
}
