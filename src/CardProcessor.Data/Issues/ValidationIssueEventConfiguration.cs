using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Issues;

internal sealed class ValidationIssueEventConfiguration : IEntityTypeConfiguration<ValidationIssueEvent>
{
    public void Configure(EntityTypeBuilder<ValidationIssueEvent> builder)
    {
        builder.ToTable("validation_issue_events");
        builder.Property(e => e.Action).HasMaxLength(30);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasIndex(e => new { e.IssueId, e.At });
    }
}
