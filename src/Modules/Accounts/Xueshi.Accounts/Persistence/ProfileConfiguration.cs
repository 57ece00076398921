using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Persistence;

internal sealed class TeacherProfileConfiguration : IEntityTypeConfiguration<TeacherProfile>
{
    public void Configure(EntityTypeBuilder<TeacherProfile> builder)
    {
        builder.ToTable("teacher_profiles");
        builder.HasKey(p => p.AccountId);
        builder.HasOne<Account>().WithOne().HasForeignKey<TeacherProfile>(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.RealName).HasMaxLength(50);
        builder.Property(p => p.IdType).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.IdNumberCipher).HasMaxLength(500);
        builder.Property(p => p.IdNumberHash).HasMaxLength(64);
        // One person, one account: the keyed hash finds a second account with the same ID number.
        builder.HasIndex(p => p.IdNumberHash).IsUnique();
        builder.Property(p => p.IdNumberMasked).HasMaxLength(40);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        foreach (var text in new[] { "Ethnicity", "PoliticalStatus", "Education", "TeacherType", "Stage", "Subject", "Title", "ItAbility" })
        {
            builder.Property(text).HasMaxLength(50);
        }

        builder.Property(p => p.Honours).HasMaxLength(500);
        builder.Property(p => p.VerificationStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.VerificationReason).HasMaxLength(200);
        // A school admin's queue: the school's teachers by status.
        builder.HasIndex(p => new { p.SchoolId, p.VerificationStatus });
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class VerificationRecordConfiguration : IEntityTypeConfiguration<VerificationRecord>
{
    public void Configure(EntityTypeBuilder<VerificationRecord> builder)
    {
        builder.ToTable("verification_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Reason).HasMaxLength(200);
        builder.HasIndex(r => new { r.AccountId, r.At });
        builder.HasIndex(r => new { r.SchoolId, r.At });
    }
}

internal sealed class PhoneRebindRequestConfiguration : IEntityTypeConfiguration<PhoneRebindRequest>
{
    public void Configure(EntityTypeBuilder<PhoneRebindRequest> builder)
    {
        builder.ToTable("phone_rebind_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RealName).HasMaxLength(50);
        builder.Property(r => r.IdNumberHash).HasMaxLength(64);
        builder.Property(r => r.IdNumberMasked).HasMaxLength(40);
        builder.Property(r => r.OldPhone).HasMaxLength(11);
        builder.Property(r => r.NewPhone).HasMaxLength(11);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DecisionReason).HasMaxLength(200);
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasOne<PhoneRebindPhoto>().WithOne().HasForeignKey<PhoneRebindPhoto>(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhoneRebindPhotoConfiguration : IEntityTypeConfiguration<PhoneRebindPhoto>
{
    public void Configure(EntityTypeBuilder<PhoneRebindPhoto> builder)
    {
        builder.ToTable("phone_rebind_photos");
        builder.HasKey(p => p.RequestId);
        builder.Property(p => p.ContentType).HasMaxLength(50);
    }
}
