using System.Net.Security;
using KeyVaultEmulator.Diagnostics;
using KeyVaultEmulator.Faults;
using KeyVaultEmulator.Tls;
using KeyVaultEmulator.Vault;

namespace KeyVaultEmulator;

/// <summary>An emulator started in-process, with what tests need to point a client at it and look inside.</summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    private readonly EmulatorCertificate _certificate;

    internal RunningEmulator(WebApplication app)
    {
        App = app;

        // With port 0 Kestrel reports the port it bound once started.
        VaultUri = new Uri(app.Urls.First());
        Requests = app.Services.GetRequiredService<EmulatorRequestLog>();
        Secrets = app.Services.GetRequiredService<SecretStore>();
        Outage = app.Services.GetRequiredService<VaultOutage>();
        _certificate = app.Services.GetRequiredService<EmulatorCertificate>();
    }

    public WebApplication App { get; }

    /// <summary>The vault URI to give <c>SecretClient</c>, e.g. <c>https://127.0.0.1:41234/</c>.</summary>
    public Uri VaultUri { get; }

    /// <summary>Every request the emulator answered, in order.</summary>
    public EmulatorRequestLog Requests { get; }

    /// <summary>The vault's contents, to seed or inspect without going through the API.</summary>
    public SecretStore Secrets { get; }

    /// <summary>Switches the vault into and out of answering every request with an error.</summary>
    public VaultOutage Outage { get; }

    /// <summary>A handler that trusts the emulator's certificate, by thumbprint, and no other.</summary>
    public SocketsHttpHandler CreateTrustingHandler()
    {
        var thumbprint = _certificate.Certificate?.GetCertHashString()
            ?? throw new InvalidOperationException(
                "The emulator serves Kestrel's configured certificate; trust it as any other.");
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate?.GetCertHashString() == thumbprint,
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_certificate.Generated)
        {
            _certificate.Certificate?.Dispose();
        }
    }
}
