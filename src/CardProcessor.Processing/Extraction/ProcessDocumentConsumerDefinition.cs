using CardProcessor.Processing.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// Extraction is CPU-bound: a few documents at a time per worker, retried with back-off on transient faults.
/// </summary>
public sealed class ProcessDocumentConsumerDefinition : ConsumerDefinition<ProcessDocumentConsumer>
{
    private readonly MessagingOptions _options;

    public ProcessDocumentConsumerDefinition(IOptions<MessagingOptions> options)
    {
        _options = options.Value;
        ConcurrentMessageLimit = _options.ConcurrentDocuments;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ProcessDocumentConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _options.ConcurrentDocuments;
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(
                _options.RetryLimit,
                TimeSpan.FromMilliseconds(500),
                TimeSpan.FromSeconds(30),
                TimeSpan.FromSeconds(1));
            retry.Handle<Exception>(FailureClassification.IsTransient);
        });
    }
}
