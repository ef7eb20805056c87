using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Cards;

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> builder)
    {
        builder.ToTable("cards");
        builder.Property(c => c.CardKey).HasMaxLength(400);
        builder.Property(c => c.MaskedNumber).HasMaxLength(40);
        builder.Property(c => c.CustomerId).HasMaxLength(40);
        builder.Property(c => c.EmployeeNumber).HasMaxLength(40);
        builder.Property(c => c.Last4).HasMaxLength(4).IsFixedLength();
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasIndex(c => c.CardKey).IsUnique();
        builder.HasIndex(c => c.Last4);
        builder.HasOne(c => c.Employee).WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.SetNull);
    }
}
