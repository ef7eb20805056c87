using CardProcessor.Data.Documents;
using CardProcessor.Data.Employees;
using CardProcessor.Data.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Transactions;

internal sealed class CardTransactionConfiguration : IEntityTypeConfiguration<CardTransaction>
{
    public void Configure(EntityTypeBuilder<CardTransaction> builder)
    {
        builder.ToTable("transactions");
        builder.Property(t => t.Reference).HasMaxLength(40);
        builder.Property(t => t.Merchant).HasMaxLength(200);
        builder.Property(t => t.City).HasMaxLength(100);
        builder.Property(t => t.State).HasMaxLength(20);
        builder.Property(t => t.ForeignCurrency).HasMaxLength(3);
        builder.Property(t => t.ForeignAmount).HasPrecision(18, 4);
        builder.Property(t => t.ForeignRate).HasPrecision(18, 6);
        builder.Property(t => t.Level).HasMaxLength(4);
        builder.Property(t => t.MerchantGroup).HasMaxLength(60);
        builder.HasOne<ProcessingSession>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceDocument>().WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Card).WithMany().HasForeignKey(t => t.CardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(t => t.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.LineItems)
            .WithOne()
            .HasForeignKey(l => l.TransactionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.SessionId, t.Sequence });
        builder.HasIndex(t => new { t.SessionId, t.CardId });
        builder.HasIndex(t => t.Reference);
    }
}
