using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>
/// Sends the resource key in <c>Ocp-Apim-Subscription-Key</c>. Azure.Core's own <c>AzureKeyCredentialPolicy</c>
/// is internal, so this is the few lines it would have been. The key is read on every send so that
/// <see cref="AzureKeyCredential.Update"/> rotates it without a new client.
/// </summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HeaderName, credential.Key);
}
