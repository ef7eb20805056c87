using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Cards;

internal sealed class StatementCardConfiguration : IEntityTypeConfiguration<StatementCard>
{
    public void Configure(EntityTypeBuilder<StatementCard> builder)
    {
        builder.ToTable("statement_cards");
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.EmployeeNumber).HasMaxLength(40);
        builder.Property(c => c.CategoryTotals).HasColumnType("jsonb");
        builder.HasOne(c => c.Card).WithMany().HasForeignKey(c => c.CardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Sessions.ProcessingSession>()
            .WithMany()
            .HasForeignKey(c => c.SessionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SessionId, c.CardId });
    }
}
