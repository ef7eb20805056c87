namespace KeyVaultEmulator.Vault;

/// <summary>
/// The vault's secrets with every version, in memory. Names compare without case, as in Key Vault; soft delete is
/// always on, as it is on every vault since 2020, so a deleted name cannot be set again until it is purged.
/// </summary>
public sealed class SecretStore(TimeProvider time)
{
    /// <summary>How long the service keeps a deleted secret (its default, 90 days).</summary>
    public const int RecoverableDays = 90;

    private readonly Dictionary<string, List<SecretVersion>> _secrets = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DeletedSecret> _deleted = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Adds a new version, which becomes the latest; null while the name belongs to a deleted, unpurged
    /// secret.</summary>
    public SecretVersion? Set(
        string name,
        string value,
        string? contentType = null,
        IReadOnlyDictionary<string, string>? tags = null,
        SecretChanges? attributes = null)
    {
        var now = time.GetUtcNow();
        var version = new SecretVersion(
            name, Guid.NewGuid().ToString("N"), value, contentType, tags,
            attributes?.Enabled ?? true, attributes?.NotBefore, attributes?.Expires, now, now);
        lock (_lock)
        {
            if (_deleted.ContainsKey(name))
            {
                return null;
            }

            if (!_secrets.TryGetValue(name, out var versions))
            {
                _secrets[name] = versions = [];
            }

            versions.Add(version);
        }

        return version;
    }

    /// <summary>The latest version, or the one named; null when there is none.</summary>
    public SecretVersion? Find(string name, string? version = null)
    {
        lock (_lock)
        {
            if (!_secrets.TryGetValue(name, out var versions))
            {
                return null;
            }

            return string.IsNullOrEmpty(version)
                ? versions[^1]
                : versions.Find(v => string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The latest version of every secret, ordered by name as the service lists them.</summary>
    public IReadOnlyList<SecretVersion> Latest()
    {
        lock (_lock)
        {
            return [.. _secrets.Values.Select(versions => versions[^1])
                .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase)];
        }
    }

    /// <summary>Changes the attributes, content type or tags of one version; null when it does not exist.</summary>
    public SecretVersion? Update(string name, string version, SecretChanges changes)
    {
        lock (_lock)
        {
            var versions = _secrets.GetValueOrDefault(name);
            var index = versions?.FindIndex(v => string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase))
                ?? -1;
            if (versions is null || index < 0)
            {
                return null;
            }

            var current = versions[index];
            var updated = current with
            {
                Enabled = changes.Enabled ?? current.Enabled,
                NotBefore = changes.NotBefore ?? current.NotBefore,
                Expires = changes.Expires ?? current.Expires,
                ContentType = changes.ContentType ?? current.ContentType,
                Tags = changes.Tags ?? current.Tags,
                Updated = time.GetUtcNow(),
            };
            versions[index] = updated;
            return updated;
        }
    }

    /// <summary>Soft-deletes every version; null when the secret does not exist.</summary>
    public DeletedSecret? Delete(string name)
    {
        lock (_lock)
        {
            if (!_secrets.Remove(name, out var versions))
            {
                return null;
            }

            var now = time.GetUtcNow();
            var deleted = new DeletedSecret(versions[^1], now, now.AddDays(RecoverableDays));
            _deleted[name] = deleted;
            return deleted;
        }
    }

    public DeletedSecret? FindDeleted(string name)
    {
        lock (_lock)
        {
            return _deleted.GetValueOrDefault(name);
        }
    }

    /// <summary>Forgets a deleted secret for good, so that its name can be used again.</summary>
    public bool Purge(string name)
    {
        lock (_lock)
        {
            return _deleted.Remove(name);
        }
    }
}
