using System.Security.Cryptography.X509Certificates;
using DocumentIntelligenceEmulator.Analysis;
using DocumentIntelligenceEmulator.Api;
using DocumentIntelligenceEmulator.Auth;
using DocumentIntelligenceEmulator.Diagnostics;
using DocumentIntelligenceEmulator.Faults;
using DocumentIntelligenceEmulator.Operations;
using DocumentIntelligenceEmulator.Sidecars;

namespace DocumentIntelligenceEmulator;

/// <summary>
/// Builds the emulator: the Document Intelligence 2024-11-30 analyze endpoints with their long-running-operation
/// flow, for tests (in-process, see <see cref="StartAsync"/>) and for local runs (<c>dotnet run</c>).
/// </summary>
/// <remarks>
/// Command line: <c>--urls http://127.0.0.1:5080 --key KEY [--sidecars DIR] [--running-polls N]
/// [--retry-after S] [--faults SCRIPT]</c>, or any <c>--Emulator:Name=value</c>. HTTPS from the command line
/// takes Kestrel's own settings, e.g. <c>--Kestrel:Certificates:Default:Path=cert.pfx</c>.
/// </remarks>
public static class EmulatorApp
{
    private static readonly Dictionary<string, string> _switches = new()
    {
        ["--key"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.Key)}",
        ["--sidecars"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.Sidecars)}",
        ["--running-polls"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.RunningPolls)}",
        ["--retry-after"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.RetryAfterSeconds)}",
        ["--faults"] = $"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.Faults)}",
    };

    /// <param name="httpsCertificate">Serves <c>https://</c> URLs with this certificate (tests make a self-signed
    /// one).</param>
    public static WebApplication Create(string[] args, X509Certificate2? httpsCertificate = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
        });
        builder.Configuration.AddCommandLine(args, _switches);
        if (httpsCertificate is not null)
        {
            builder.WebHost.ConfigureKestrel(kestrel =>
                kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = httpsCertificate));
        }

        // The service takes files up to 500 MB; Kestrel's default limit is 30 MB.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 500L * 1024 * 1024);

        builder.Services.AddOptions<EmulatorOptions>()
            .BindConfiguration(EmulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OperationStore>();
        builder.Services.AddSingleton<SidecarStore>();
        builder.Services.AddSingleton<DocumentAnalyzer>();
        builder.Services.AddSingleton<AttemptCounter>();
        builder.Services.AddSingleton<EmulatorRequestLog>();

        var app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<CredentialCheckMiddleware>();
        app.MapDocumentIntelligenceApi();
        return app;
    }

    /// <summary>Starts an emulator and returns once it listens; pass <c>--urls http://127.0.0.1:0</c> for a free
    /// port.</summary>
    public static async Task<RunningEmulator> StartAsync(string[] args, X509Certificate2? httpsCertificate = null,
        CancellationToken cancellationToken = default)
    {
        var app = Create(args, httpsCertificate);
        await app.StartAsync(cancellationToken);
        return new RunningEmulator(app);
    }
}
