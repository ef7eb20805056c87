using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Employees;

internal sealed class EmployeeRevisionConfiguration : IEntityTypeConfiguration<EmployeeRevision>
{
    public void Configure(EntityTypeBuilder<EmployeeRevision> builder)
    {
        builder.ToTable("employee_revisions");
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.OwnsOne(r => r.Snapshot, snapshot => snapshot.ToJson());
        builder.HasIndex(r => new { r.EmployeeId, r.RevisionNumber }).IsUnique();
    }
}
