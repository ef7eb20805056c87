using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CardProcessor.Processing.Sessions;

public sealed class DocumentProcessedConsumerDefinition : ConsumerDefinition<DocumentProcessedConsumer>
{
    public DocumentProcessedConsumerDefinition() => ConcurrentMessageLimit = 4;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentProcessedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(
                5,
                TimeSpan.FromMilliseconds(200),
                TimeSpan.FromSeconds(20),
                TimeSpan.FromMilliseconds(500));
            retry.Handle<NpgsqlException>();
            retry.Handle<DbUpdateException>();
        });
}
