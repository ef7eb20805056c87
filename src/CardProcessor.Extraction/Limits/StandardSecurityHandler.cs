using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace CardProcessor.Extraction.Limits;

/// <summary>
/// Decrypts the streams of a PDF encrypted with the standard security handler and an empty user
/// password (an owner password only restricts printing or copying), so that the pre-scan measures
/// what they inflate to. A PDF that needs a user password is refused: nothing could read it.
/// </summary>
[SuppressMessage("Security", "CA5351", Justification = "The PDF format prescribes MD5 and RC4 for " +
    "these revisions; they only read files, they protect nothing of ours.")]
internal sealed class StandardSecurityHandler
{
    private static readonly byte[] _padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _key;
    private readonly bool _aes;
    private readonly bool _perObjectKey;
    private readonly bool _streamsEncrypted;

    private StandardSecurityHandler(byte[] key, bool aes, bool perObjectKey, bool streamsEncrypted)
    {
        _key = key;
        _aes = aes;
        _perObjectKey = perObjectKey;
        _streamsEncrypted = streamsEncrypted;
    }

    /// <returns>Null when the PDF is not encrypted.</returns>
    /// <exception cref="UnreadablePdfException">It needs a password, or uses a handler not read.</exception>
    public static StandardSecurityHandler? For(PdfObjectTable table)
    {
        if (table.Resolve(table.Trailer?["Encrypt"]) is not PdfDictionary encrypt)
        {
            return null;
        }

        if (!encrypt.Is("Filter", "Standard"))
        {
            throw new UnreadablePdfException(
                $"The PDF is encrypted with the '{encrypt.NameOf("Filter")}' security handler, which is not read.");
        }

        var revision = encrypt["R"] is long r ? (int)r : 0;
        var owner = (encrypt["O"] as PdfString)?.Bytes ?? [];
        var user = (encrypt["U"] as PdfString)?.Bytes ?? [];
        var method = CryptMethod(encrypt);
        var streamsEncrypted = method != "Identity";
        if (revision is 5 or 6)
        {
            var fileKey = Aes256Key(revision, user, (encrypt["UE"] as PdfString)?.Bytes ?? []);
            return new StandardSecurityHandler(fileKey, aes: true, perObjectKey: false, streamsEncrypted);
        }

        if (revision is < 2 or > 4 || owner.Length < 32 || user.Length < 16)
        {
            throw new UnreadablePdfException($"The PDF's encryption (revision {revision}) is damaged or not read.");
        }

        var lengthBytes = revision == 2 ? 5 : Math.Clamp((int)((encrypt["Length"] as long?) ?? 40) / 8, 5, 16);
        var id = ((table.Resolve(table.Trailer?["ID"]) as List<object?>)?.FirstOrDefault() as PdfString)?.Bytes ?? [];
        var permissions = encrypt["P"] is long p ? (int)p : 0;
        var encryptMetadata = encrypt["EncryptMetadata"] is not false;
        var key = Rc4Key(revision, lengthBytes, owner, permissions, id, encryptMetadata);
        if (!UserPasswordIsEmpty(revision, key, user, id))
        {
            throw new UnreadablePdfException("The PDF is protected by a password; upload it without the password.");
        }

        return new StandardSecurityHandler(key, method == "AESV2", perObjectKey: true, streamsEncrypted);
    }

    public byte[] Decrypt(PdfObject obj, ReadOnlySpan<byte> data)
    {
        if (!_streamsEncrypted || obj.Dictionary?.Is("Type", "XRef") == true)
        {
            return data.ToArray();
        }

        var key = _perObjectKey ? ObjectKey(obj) : _key;
        if (!_aes)
        {
            return Rc4.Apply(key, data);
        }

        if (data.Length < 32)
        {
            return [];
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var body = data[16..];
        var whole = body[..(body.Length - (body.Length % 16))];
        var plain = aes.DecryptCbc(whole, data[..16], PaddingMode.None);
        var pad = plain.Length > 0 ? plain[^1] : 0;
        return pad is > 0 and <= 16 ? plain[..^pad] : plain;
    }

    private byte[] ObjectKey(PdfObject obj)
    {
        Span<byte> input = stackalloc byte[_key.Length + 9];
        _key.CopyTo(input);
        var at = _key.Length;
        input[at] = (byte)obj.Number;
        input[at + 1] = (byte)(obj.Number >> 8);
        input[at + 2] = (byte)(obj.Number >> 16);
        input[at + 3] = (byte)obj.Generation;
        input[at + 4] = (byte)(obj.Generation >> 8);
        var length = at + 5;
        if (_aes)
        {
            "sAlT"u8.CopyTo(input[length..]);
            length += 4;
        }

        return MD5.HashData(input[..length])[..Math.Min(_key.Length + 5, 16)];
    }

    private static string CryptMethod(PdfDictionary encrypt)
    {
        if (encrypt["V"] is not (long and >= 4))
        {
            return "V2";
        }

        var filterName = encrypt.NameOf("StmF") ?? "Identity";
        return filterName == "Identity"
            ? "Identity"
            : ((encrypt["CF"] as PdfDictionary)?[filterName] as PdfDictionary)?.NameOf("CFM") ?? "V2";
    }

    private static byte[] Rc4Key(int revision, int length, byte[] owner, int permissions, byte[] id, bool metadata)
    {
        var input = new List<byte>(_padding);
        input.AddRange(owner.AsSpan(0, 32));
        input.AddRange([(byte)permissions, (byte)(permissions >> 8), (byte)(permissions >> 16),
            (byte)(permissions >> 24)]);
        input.AddRange(id);
        if (revision >= 4 && !metadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = MD5.HashData([.. input]);
        for (var i = 0; revision >= 3 && i < 50; i++)
        {
            hash = MD5.HashData(hash.AsSpan(0, length));
        }

        return hash[..length];
    }

    private static bool UserPasswordIsEmpty(int revision, byte[] key, byte[] user, byte[] id)
    {
        if (revision == 2)
        {
            return Rc4.Apply(key, _padding).AsSpan().SequenceEqual(user.AsSpan(0, Math.Min(32, user.Length)));
        }

        var value = Rc4.Apply(key, MD5.HashData([.. _padding, .. id]));
        var roundKey = new byte[key.Length];
        for (var round = 1; round <= 19; round++)
        {
            for (var i = 0; i < key.Length; i++)
            {
                roundKey[i] = (byte)(key[i] ^ round);
            }

            value = Rc4.Apply(roundKey, value);
        }

        return value.AsSpan(0, 16).SequenceEqual(user.AsSpan(0, 16));
    }

    private static byte[] Aes256Key(int revision, byte[] user, byte[] userKey)
    {
        if (user.Length < 48 || userKey.Length < 32)
        {
            throw new UnreadablePdfException("The PDF's AES-256 encryption is damaged.");
        }

        if (!Aes256Hash.Compute(revision, user.AsSpan(32, 8)).AsSpan().SequenceEqual(user.AsSpan(0, 32)))
        {
            throw new UnreadablePdfException("The PDF is protected by a password; upload it without the password.");
        }

        using var aes = Aes.Create();
        aes.Key = Aes256Hash.Compute(revision, user.AsSpan(40, 8));
        return aes.DecryptCbc(userKey.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }
}
