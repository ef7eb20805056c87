using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Employees;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("employees");
        builder.Property(e => e.EmployeeNumber).HasMaxLength(40);
        builder.Property(e => e.NormalizedName).HasMaxLength(200);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasIndex(e => e.EmployeeNumber).IsUnique().HasFilter("employee_number IS NOT NULL");
        builder.HasIndex(e => e.NormalizedName);
        builder.HasMany(e => e.Revisions).WithOne().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.CurrentRevision)
            .WithMany()
            .HasForeignKey(e => e.CurrentRevisionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
