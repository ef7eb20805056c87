using Microsoft.Extensions.Options;

namespace CardProcessor.DevIdentity;

/// <summary>
/// Keeps the issuer's address in <c>DevIdentity:AddressFile</c> while it runs, where <c>cardprocessor token</c>
/// looks for it: written once the server listens (so a port chosen by the system is known), removed on stop.
/// </summary>
internal static class IssuerAddressFile
{
    public static void WriteWhileRunning(WebApplication app)
    {
        var path = app.Services.GetRequiredService<IOptions<DevIdentityOptions>>().Value.AddressFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        path = Path.GetFullPath(path);
        string? written = null;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            written = app.Urls.First().TrimEnd('/');
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, written + "\n");
            File.Move(temporary, path, overwrite: true);
        });
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            // Another issuer started since may have written its own address; that one stays.
            if (written is not null && File.Exists(path) && File.ReadAllText(path).Trim() == written)
            {
                File.Delete(path);
            }
        });
    }
}
