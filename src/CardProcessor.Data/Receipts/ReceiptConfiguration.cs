using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Employees;
using CardProcessor.Data.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Receipts;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("receipts");
        builder.Property(r => r.EmployeeName).HasMaxLength(200);
        builder.Property(r => r.ReportNumber).HasMaxLength(40);
        builder.Property(r => r.ExpenseType).HasMaxLength(100);
        builder.Property(r => r.ExpenseTransactionId).HasMaxLength(40);
        builder.Property(r => r.Reference).HasMaxLength(40);
        builder.Property(r => r.CodingType).HasMaxLength(10);
        builder.Property(r => r.Purpose).HasMaxLength(1000);
        builder.Property(r => r.MatchStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.MatchScore).HasPrecision(5, 4);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<ProcessingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceDocument>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Card>().WithMany().HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.MatchedTransaction)
            .WithMany()
            .HasForeignKey(r => r.MatchedTransactionId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.SessionId, r.Sequence });
        // A charge is paid by at most one receipt.
        builder.HasIndex(r => r.MatchedTransactionId).IsUnique().HasFilter("matched_transaction_id IS NOT NULL");
    }
}
