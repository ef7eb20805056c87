using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using DocumentIntelligenceEmulator;

namespace CardProcessor.DocumentIntelligence.Tests.Support;

/// <summary>
/// The emulator on HTTPS with a self-signed certificate made for the run. Azure.Core refuses to send a bearer
/// token over plain HTTP, so token authentication is tested the way it runs in production: over TLS, with a
/// client that trusts exactly this certificate.
/// </summary>
public sealed class HttpsEmulatorFixture : EmulatorFixture
{
    private X509Certificate2? _certificate;

    /// <summary>A transport that accepts the emulator's certificate and no other.</summary>
    public HttpClientTransport CreateTrustingTransport()
    {
        var thumbprint = _certificate!.GetCertHashString();
        return new HttpClientTransport(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate?.GetCertHashString() == thumbprint,
            },
        });
    }

    public override async ValueTask InitializeAsync()
    {
        _certificate = CreateSelfSignedCertificate();
        SetEmulator(await EmulatorApp.StartAsync(
        [
            "--urls", "https://127.0.0.1:0",
            "--key", Key,
            "--retry-after", "0",
            "--running-polls", "1",
            "--Logging:LogLevel:Default=Warning",
        ], _certificate));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _certificate?.Dispose();
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(
            new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5),
            DateTimeOffset.UtcNow.AddHours(1));

        // Reloaded from PFX so that Kestrel's TLS stack can use the private key on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
