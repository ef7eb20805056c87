using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CardProcessor.DevIdentity;

/// <summary>
/// The issuer's signing key on disk (<c>DevIdentity:KeyFile</c>): made once, readable by its owner only, and read
/// again on every start, so tokens issued before a restart still validate. Two issuers starting at the same
/// moment end up with the same key: the file is never overwritten.
/// </summary>
internal static class SigningKeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static RsaSecurityKey LoadOrCreate(string path, Func<RsaSecurityKey> create)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path))
        {
            var key = create();
            if (TryWriteNew(path, key))
            {
                return key;
            }
        }

        return Read(path);
    }

    /// <summary>Writes a new file, private from its first byte; false when another issuer wrote one first.</summary>
    private static bool TryWriteNew(string path, RsaSecurityKey key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Unique per attempt: issuers in one process or in several may be writing at the same moment.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                var pkcs1 = Convert.ToBase64String(key.Rsa.ExportRSAPrivateKey());
                JsonSerializer.Serialize(stream, new StoredKey(key.KeyId, pkcs1));
            }

            // No overwrite: of two issuers starting together, the first file stays and the second reads it.
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static RsaSecurityKey Read(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOthers) != 0)
        {
            // A copied or restored file may have lost its mode; a private key stays private.
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) & ~GroupOrOthers);
        }

        try
        {
            var stored = JsonSerializer.Deserialize<StoredKey>(File.ReadAllText(path));
            if (stored is not { KeyId.Length: > 0, Pkcs1.Length: > 0 })
            {
                throw new JsonException("it has no KeyId or Pkcs1");
            }

            var rsa = RSA.Create();
            rsa.ImportRSAPrivateKey(Convert.FromBase64String(stored.Pkcs1), out _);
            return new RsaSecurityKey(rsa) { KeyId = stored.KeyId };
        }
        catch (Exception exception) when (exception is JsonException or FormatException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"The development issuer's key file {path} cannot be read ({exception.Message}); "
                + "delete it and the issuer makes a new key on its next start.",
                exception);
        }
    }

    private sealed record StoredKey(string KeyId, string Pkcs1);
}
