using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KeyVaultEmulator.Tls;

/// <summary>
/// A certificate for 127.0.0.1, ::1 and localhost made at start-up: Key Vault clients send tokens only over TLS,
/// and no certificate is to live in the repository. Clients trust it by thumbprint (see
/// <see cref="RunningEmulator.CreateTrustingHandler"/>).
/// </summary>
internal static class SelfSignedCertificate
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    public static X509Certificate2 Create()
    {
        // ECDSA: a P-256 key is made in a millisecond, an RSA 2048 key can take a good part of a second.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Key Vault emulator", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(
            new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5),
            DateTimeOffset.UtcNow.AddDays(1));

        // Reloaded from PFX so that Kestrel's TLS stack can use the private key on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
