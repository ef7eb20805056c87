using KeyVaultEmulator.Api;
using KeyVaultEmulator.Diagnostics;

namespace KeyVaultEmulator.Faults;

/// <summary>Answers every request with the outage's status while one lasts, before authentication, as a vault that is
/// down.</summary>
internal sealed class OutageMiddleware(RequestDelegate next, VaultOutage outage, ILogger<OutageMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (outage.StatusCode is not { } status)
        {
            await next(context);
            return;
        }

        EmulatorLog.OutageAnswered(logger, context.Request.Method, context.Request.Path, status);
        await VaultErrors.Unavailable(status).ExecuteAsync(context);
    }
}
