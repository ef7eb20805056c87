using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace CardProcessor.ServiceDefaults;

/// <summary>
/// Loads every enabled secret of a vault into configuration (<c>--</c> in a name stands for <c>:</c>),
/// and reloads them periodically so a rotated secret is picked up without a restart.
/// Written here because Azure.Extensions.AspNetCore.Configuration.Secrets is not available to this build.
/// </summary>
public sealed class KeyVaultSecretsConfigurationProvider : ConfigurationProvider, IDisposable
{
    private readonly SecretClient _client;
    private readonly Timer? _timer;

    public KeyVaultSecretsConfigurationProvider(SecretClient client, TimeSpan? reloadInterval)
    {
        _client = client;
        if (reloadInterval is { } interval && interval > TimeSpan.Zero)
        {
            _timer = new Timer(_ => Reload(), null, interval, interval);
        }
    }

    public override void Load() => Data = ReadAll();

    public void Dispose() => _timer?.Dispose();

    private void Reload()
    {
        try
        {
            var data = ReadAll();
            if (!data.SequenceEqual(Data))
            {
                Data = data;
                OnReload();
            }
        }
        catch (Azure.RequestFailedException)
        {
            // Keep the secrets we have; the next tick tries again.
        }
    }

    private Dictionary<string, string?> ReadAll()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var properties in _client.GetPropertiesOfSecrets())
        {
            if (properties.Enabled != true)
            {
                continue;
            }

            KeyVaultSecret secret = _client.GetSecret(properties.Name);
            data[properties.Name.Replace("--", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = secret.Value;
        }

        return data;
    }
}
