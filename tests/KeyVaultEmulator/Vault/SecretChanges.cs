namespace KeyVaultEmulator.Vault;

/// <summary>What a <c>PATCH</c> changes: every null member is left as it is.</summary>
public sealed record SecretChanges(
    bool? Enabled = null,
    DateTimeOffset? NotBefore = null,
    DateTimeOffset? Expires = null,
    string? ContentType = null,
    IReadOnlyDictionary<string, string>? Tags = null);
