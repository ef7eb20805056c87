namespace CardProcessor.DocumentIntelligence;

/// <summary>How the client proves who it is to the service.</summary>
public enum DocumentIntelligenceAuthentication
{
    /// <summary>The resource key in <c>Ocp-Apim-Subscription-Key</c> (<see
    /// cref="DocumentIntelligenceOptions.ApiKey"/>).</summary>
    ApiKey,

    /// <summary>Microsoft Entra workload identity, as on AKS (the pod's federated token).</summary>
    WorkloadIdentity,

    /// <summary>A system- or user-assigned managed identity (<see
    /// cref="DocumentIntelligenceOptions.ManagedIdentityClientId"/>).</summary>
    ManagedIdentity,

    /// <summary>Azure.Identity's <c>DefaultAzureCredential</c> chain: for developers signed in with the Azure
    /// CLI.</summary>
    DefaultAzureCredential,
}
