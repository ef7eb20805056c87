using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Processing.Messaging;

public sealed class MessagingOptions : IValidatableObject
{
    public const string SectionName = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.RabbitMq;

    /// <summary><c>amqp://user:password@host:port/vhost</c>; the password comes from Key Vault in production.</summary>
    public Uri? RabbitMqUri { get; set; }

    /// <summary>Documents a worker extracts at once; extraction is CPU-bound, so about the core count.</summary>
    [Range(1, 64)]
    public int ConcurrentDocuments { get; set; } = 2;

    [Range(0, 20)]
    public int RetryLimit { get; set; } = 4;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Transport == MessagingTransport.RabbitMq && RabbitMqUri is null)
        {
            yield return new ValidationResult(
                "Messaging:RabbitMqUri is required for the RabbitMq transport.",
                [nameof(RabbitMqUri)]);
        }
    }
}
