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
    private readonly TimeSpan? _reloadInterval;
    private readonly Lock _reading = new();
    private Timer? _timer;

    public KeyVaultSecretsConfigurationProvider(SecretClient client, TimeSpan? reloadInterval)
    {
        _client = client;
        _reloadInterval = reloadInterval is { } interval && interval > TimeSpan.Zero ? interval : null;
    }

    public override void Load()
    {
        lock (_reading)
        {
            Data = ReadAll();
        }

        // The first reload comes one interval after the first load, never alongside it.
        if (_reloadInterval is { } interval)
        {
            _timer ??= new Timer(_ => Reload(), null, interval, interval);
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Reload()
    {
        // A tick that finds the previous reload still running skips: reloads never overlap, so a slow
        // one cannot put back values a later one already replaced.
        if (!_reading.TryEnter())
        {
            return;
        }

        try
        {
            var data = ReadAll();
            if (!data.SequenceEqual(Data))
            {
                Data = data;
                OnReload();
            }
        }
        // A timer callback that throws ends the process: whatever the vault does, keep the secrets we have.
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
            // The next tick tries again.
        }
        finally
        {
            _reading.Exit();
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
            data[
                properties.Name.Replace("--", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = secret.Value;
        }

        return data;
    }
}
