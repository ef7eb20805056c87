namespace KeyVaultEmulator.Vault;

/// <summary>One version of a secret, as the vault keeps it. Versions are immutable but for their attributes.</summary>
public sealed record SecretVersion(
    string Name,
    string Version,
    string Value,
    string? ContentType,
    IReadOnlyDictionary<string, string>? Tags,
    bool Enabled,
    DateTimeOffset? NotBefore,
    DateTimeOffset? Expires,
    DateTimeOffset Created,
    DateTimeOffset Updated);
