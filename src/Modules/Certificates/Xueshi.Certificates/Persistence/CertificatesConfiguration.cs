using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates.Persistence;

internal sealed class IssuedCertificateConfiguration : IEntityTypeConfiguration<IssuedCertificate>
{
    /// <summary>The index that makes "one certificate" hold when two devices confirm at once: the second insert loses.</summary>
    public const string OneValidPerScheme = "ux_certificates_one_valid_per_teacher_and_scheme";

    public void Configure(EntityTypeBuilder<IssuedCertificate> builder)
    {
        builder.ToTable("certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SchemeKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Serial).HasMaxLength(32);
        builder.Property(c => c.SerialKey).HasMaxLength(32);
        builder.Property(c => c.VerificationCode).HasMaxLength(8);
        builder.Property(c => c.TotalHours).HasPrecision(9, 2);
        builder.Property(c => c.Programs).HasJsonConversion();
        builder.HasIndex(c => c.SerialKey).IsUnique();
        builder.HasIndex(c => new { c.TeacherId, c.SchemeId }).IsUnique().HasFilter("status = 'Valid'").HasDatabaseName(OneValidPerScheme);
        builder.HasIndex(c => new { c.SchoolId, c.IssuedAt });
        builder.HasIndex(c => c.ProgramIds).HasMethod("gin");
    }
}

internal sealed class TrainingCertificateConfiguration : IEntityTypeConfiguration<TrainingCertificate>
{
    public void Configure(EntityTypeBuilder<TrainingCertificate> builder)
    {
        builder.ToTable("training_certificates");
        builder.HasKey(t => t.TrainingId);
        builder.Property(t => t.Title).HasMaxLength(200);
    }
}
