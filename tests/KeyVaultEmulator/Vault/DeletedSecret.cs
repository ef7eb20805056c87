namespace KeyVaultEmulator.Vault;

/// <summary>A secret in the soft-deleted state: its latest version, kept until purged.</summary>
public sealed record DeletedSecret(SecretVersion Latest, DateTimeOffset DeletedOn, DateTimeOffset ScheduledPurge);
