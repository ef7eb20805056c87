using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace CardProcessor.ServiceDefaults;

public sealed class KeyVaultSecretsConfigurationSource(SecretClient client,
    TimeSpan? reloadInterval) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new KeyVaultSecretsConfigurationProvider(client, reloadInterval);
}
