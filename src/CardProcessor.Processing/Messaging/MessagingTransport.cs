namespace CardProcessor.Processing.Messaging;

public enum MessagingTransport
{
    /// <summary>RabbitMQ: API and workers are separate processes (production, tests).</summary>
    RabbitMq,

    /// <summary>In-process bus: the API hosts the consumers itself (single-machine runs).</summary>
    InMemory,
}
