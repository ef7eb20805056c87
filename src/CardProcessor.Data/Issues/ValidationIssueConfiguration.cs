using CardProcessor.Data.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Issues;

internal sealed class ValidationIssueConfiguration : IEntityTypeConfiguration<ValidationIssue>
{
    public void Configure(EntityTypeBuilder<ValidationIssue> builder)
    {
        builder.ToTable("validation_issues");
        builder.Property(i => i.RuleCode).HasMaxLength(60);
        builder.Property(i => i.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Fingerprint).HasMaxLength(300);
        builder.Property(i => i.Message).HasMaxLength(2000);
        builder.Property(i => i.TransactionReference).HasMaxLength(40);
        builder.Property(i => i.Assignee).HasMaxLength(200);
        builder.Property(i => i.ResolutionNote).HasMaxLength(2000);
        builder.Property(i => i.ResolvedBy).HasMaxLength(200);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasOne<ProcessingSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.History).WithOne().HasForeignKey(e => e.IssueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.SessionId, i.Fingerprint }).IsUnique();
        builder.HasIndex(i => new { i.SessionId, i.Status, i.RuleCode });
    }
}
