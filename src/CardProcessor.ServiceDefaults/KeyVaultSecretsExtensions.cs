using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CardProcessor.ServiceDefaults;

public static class KeyVaultSecretsExtensions
{
    /// <summary>
    /// Adds Key Vault secrets as configuration when <c>KeyVault:Uri</c> is set: the secret
    /// <c>ConnectionStrings--Postgres</c> becomes <c>ConnectionStrings:Postgres</c>. Authenticates with
    /// <see cref="DefaultAzureCredential"/> (workload identity on AKS), so no secret lives in the repository or the
    /// chart.
    /// </summary>
    public static IHostApplicationBuilder AddKeyVaultSecrets(this IHostApplicationBuilder builder) =>
        builder.AddKeyVaultSecrets(() => new DefaultAzureCredential());

    /// <summary>
    /// The same with the credential and client options given, so that tests run it against the Key Vault emulator
    /// with a test credential and a transport that trusts the emulator's certificate. The credential is made only
    /// when a vault is configured.
    /// </summary>
    internal static IHostApplicationBuilder AddKeyVaultSecrets(
        this IHostApplicationBuilder builder,
        Func<TokenCredential> createCredential,
        SecretClientOptions? clientOptions = null)
    {
        var uri = builder.Configuration["KeyVault:Uri"];
        if (string.IsNullOrWhiteSpace(uri))
        {
            return builder;
        }

        var client = new SecretClient(new Uri(uri), createCredential(), clientOptions);
        var reload = builder.Configuration.GetValue<TimeSpan?>("KeyVault:ReloadInterval");
        builder.Configuration.Add(new KeyVaultSecretsConfigurationSource(client, reload));
        return builder;
    }
}
