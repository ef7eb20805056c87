using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using KeyVaultEmulator.Api;
using KeyVaultEmulator.Auth;
using KeyVaultEmulator.Diagnostics;
using KeyVaultEmulator.Faults;
using KeyVaultEmulator.Tls;
using KeyVaultEmulator.Vault;
using Microsoft.Extensions.Options;

namespace KeyVaultEmulator;

/// <summary>
/// Builds the emulator: Key Vault's secrets data plane with its challenge-based bearer authentication, over HTTPS,
/// for tests (in-process, see <see cref="StartAsync"/>) and for local runs (<c>dotnet run</c>).
/// </summary>
/// <remarks>
/// Command line: <c>--urls https://127.0.0.1:8443 [--secret Name=Value]... [--tenant ID] [--page-size N]</c>, or any
/// <c>--Emulator:Name=value</c>. HTTPS uses a certificate made at start-up unless one is given here or through
/// Kestrel's own settings (<c>--Kestrel:Certificates:Default:Path=cert.pfx</c>).
/// </remarks>
public static class EmulatorApp
{
    private static readonly Dictionary<string, string> _switches = new()
    {
        ["--tenant"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.TenantId)}",
        ["--page-size"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.PageSize)}",
    };

    /// <param name="httpsCertificate">Serves <c>https://</c> URLs with this certificate instead of one made at
    /// start-up.</param>
    public static WebApplication Create(string[] args, X509Certificate2? httpsCertificate = null)
    {
        args = CommandLineSecrets.Expand(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
        });
        builder.Configuration.AddCommandLine(args, _switches);

        var certificate = UseHttpsCertificate(builder, httpsCertificate);
        builder.Services.AddSingleton(certificate);
        builder.Services.AddOptions<EmulatorOptions>()
            .BindConfiguration(EmulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SecretStore>();
        builder.Services.AddSingleton<VaultChallenge>();
        builder.Services.AddSingleton<VaultOutage>();
        builder.Services.AddSingleton<EmulatorRequestLog>();

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorHandling.WriteAsync });
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<OutageMiddleware>();
        app.UseMiddleware<VaultAuthenticationMiddleware>();
        app.MapSecretsApi();
        Seed(app);
        return app;
    }

    /// <summary>Starts an emulator and returns once it listens; pass <c>--urls https://127.0.0.1:0</c> for a free
    /// port.</summary>
    public static async Task<RunningEmulator> StartAsync(string[] args, X509Certificate2? httpsCertificate = null,
        CancellationToken cancellationToken = default)
    {
        var app = Create(args, httpsCertificate);
        await app.StartAsync(cancellationToken);
        return new RunningEmulator(app);
    }

    private static EmulatorCertificate UseHttpsCertificate(WebApplicationBuilder builder, X509Certificate2? given)
    {
        if (given is null && builder.Configuration["Kestrel:Certificates:Default:Path"] is not null)
        {
            return new EmulatorCertificate(null, Generated: false);
        }

        var certificate = new EmulatorCertificate(given ?? SelfSignedCertificate.Create(), Generated: given is null);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate.Certificate));
        return certificate;
    }

    private static void Seed(WebApplication app)
    {
        var secrets = app.Services.GetRequiredService<IOptions<EmulatorOptions>>().Value.Secrets;
        var store = app.Services.GetRequiredService<SecretStore>();
        foreach (var (name, value) in secrets.OrderBy(secret => secret.Key, StringComparer.OrdinalIgnoreCase))
        {
            store.Set(name, value);
        }

        EmulatorLog.Seeded(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EmulatorApp)),
            secrets.Count);
    }
}
