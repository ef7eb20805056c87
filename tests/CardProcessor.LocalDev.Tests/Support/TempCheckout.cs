namespace CardProcessor.LocalDev.Tests.Support;

/// <summary>A throw-away folder laid out like a checkout's <c>.local/</c>, deleted afterwards.</summary>
public sealed class TempCheckout : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("cp-checkout-").FullName;

    public string KeyFile => Path.Combine(Root, ".local", "dev-identity", "key.json");

    public string AddressFile => Path.Combine(Root, ".local", "dev-identity", "address");

    /// <summary>A folder below the root, to show that lookups walk up from where a command runs.</summary>
    public string Subfolder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void WriteAddress(string address)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(AddressFile)!);
        File.WriteAllText(AddressFile, address + "\n");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
