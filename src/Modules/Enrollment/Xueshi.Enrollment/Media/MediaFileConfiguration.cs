using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xueshi.Enrollment.Media;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("media_files");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.ContentType).HasMaxLength(MediaFile.ContentTypeMaxLength);
        builder.Property(m => m.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(m => m.StorageKey).HasMaxLength(MediaFile.StorageKeyMaxLength);
        builder.Property(m => m.OriginalFileName).HasMaxLength(MediaFile.FileNameMaxLength);
        builder.HasIndex(m => m.StorageKey).IsUnique();
        builder.Ignore(m => m.ETag);
    }
}
