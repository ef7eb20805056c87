using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.MessageType).HasMaxLength(300);
        builder.Property(m => m.Body).HasColumnType("jsonb");
        builder.Property(m => m.CorrelationId).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The dispatcher only ever looks for unsent messages, oldest first.
        builder.HasIndex(m => m.CreatedAt).HasFilter("sent_at IS NULL");
    }
}
