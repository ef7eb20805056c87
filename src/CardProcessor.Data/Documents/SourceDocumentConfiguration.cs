using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CardProcessor.Data.Documents;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.ToTable("documents");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Layout).HasMaxLength(60);
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.BlobName).HasMaxLength(300);
        builder.Property(d => d.Extractor).HasMaxLength(40);
        builder.Property(d => d.Error).HasMaxLength(SourceDocument.MaxErrorLength);
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
        builder.Property(d => d.Version).IsRowVersion();
        builder.OwnsMany(d => d.Findings, findings => findings.ToJson());

        // The same file twice in one session is a duplicate upload, refused by the database as well as the API.
        builder.HasIndex(d => new { d.SessionId, d.Sha256 }).IsUnique();
    }
}
