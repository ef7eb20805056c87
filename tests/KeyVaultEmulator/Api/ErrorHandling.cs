using Microsoft.AspNetCore.Diagnostics;

namespace KeyVaultEmulator.Api;

/// <summary>
/// The one error path: a body that is missing or not JSON (minimal APIs throw <see cref="BadHttpRequestException"/>
/// for it once <c>ThrowOnBadRequest</c> is on) becomes the service's 400 <c>BadParameter</c>; anything else a 500.
/// </summary>
internal static class ErrorHandling
{
    public static Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var result = exception is BadHttpRequestException bad
            ? VaultErrors.BadParameter(bad.Message)
            : VaultErrors.Unexpected();
        return result.ExecuteAsync(context);
    }
}
