using Azure.Core;
using Azure.Core.Pipeline;
using DocumentIntelligenceEmulator.Faults;

namespace CardProcessor.DocumentIntelligence.Tests.Support;

/// <summary>Sends the emulator's fault script on the analyze request, as a test's own pipeline policy.</summary>
internal sealed class FaultScriptPolicy(string script) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Post)
        {
            message.Request.Headers.SetValue(FaultScript.HeaderName, script);
        }
    }
}
