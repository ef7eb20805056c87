using System.Security.Cryptography;

namespace CardProcessor.Extraction.Limits;

/// <summary>The password hash of AES-256 encryption for the empty password (ISO 32000-2, algorithm 2.B).</summary>
internal static class Aes256Hash
{
    public static byte[] Compute(int revision, ReadOnlySpan<byte> salt)
    {
        var k = SHA256.HashData(salt);
        if (revision == 5)
        {
            return k;
        }

        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            // The password is empty, so K1 is K repeated 64 times.
            var k1 = new byte[k.Length * 64];
            for (var i = 0; i < 64; i++)
            {
                k.CopyTo(k1, i * k.Length);
            }

            aes.Key = k[..16];
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var selector = 0;
            for (var i = 0; i < 16; i++)
            {
                selector += e[i];
            }

            k = (selector % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round + 1 - 32)
            {
                break;
            }
        }

        return k[..32];
    }
}
