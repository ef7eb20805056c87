using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Transactions;

internal sealed class TransactionLineItemConfiguration : IEntityTypeConfiguration<TransactionLineItem>
{
    public void Configure(EntityTypeBuilder<TransactionLineItem> builder)
    {
        builder.ToTable("transaction_line_items");
        builder.Property(l => l.Description).HasMaxLength(200);
        builder.Property(l => l.UnitPrice).HasPrecision(18, 5);
        builder.Property(l => l.Quantity).HasPrecision(18, 4);
        builder.HasIndex(l => new { l.TransactionId, l.LineNumber }).IsUnique();
    }
}
