using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Employees;

internal sealed class EmployeeAliasConfiguration : IEntityTypeConfiguration<EmployeeAlias>
{
    public void Configure(EntityTypeBuilder<EmployeeAlias> builder)
    {
        builder.ToTable("employee_aliases");
        builder.Property(a => a.Alias).HasMaxLength(200);
        builder.Property(a => a.NormalizedAlias).HasMaxLength(200);
        builder.Property(a => a.CreatedBy).HasMaxLength(200);
        builder.HasIndex(a => a.NormalizedAlias).IsUnique();
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
