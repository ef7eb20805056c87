using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Sessions;

internal sealed class ProcessingSessionConfiguration : IEntityTypeConfiguration<ProcessingSession>
{
    public void Configure(EntityTypeBuilder<ProcessingSession> builder)
    {
        builder.ToTable("processing_sessions");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.Property(s => s.ApprovedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne(s => s.ParentSession)
            .WithMany()
            .HasForeignKey(s => s.ParentSessionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Documents)
            .WithOne(d => d.Session)
            .HasForeignKey(d => d.SessionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.PeriodStart, s.PeriodEnd });
        builder.HasIndex(s => s.Status);
    }
}
