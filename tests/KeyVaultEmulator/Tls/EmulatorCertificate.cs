using System.Security.Cryptography.X509Certificates;

namespace KeyVaultEmulator.Tls;

/// <summary>The certificate the emulator serves HTTPS with; null when Kestrel's own certificate settings are
/// used.</summary>
/// <param name="Generated">Made by the emulator, which then disposes it; a caller's certificate stays the
/// caller's.</param>
internal sealed record EmulatorCertificate(X509Certificate2? Certificate, bool Generated);
