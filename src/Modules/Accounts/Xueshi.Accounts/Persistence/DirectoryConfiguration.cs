using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Persistence;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(12);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(50);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.ParentId);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.SchoolSystem).HasConversion<string>().HasMaxLength(30);
        // One school of a name per county, and one "其他" per county.
        builder.HasIndex(s => new { s.RegionId, s.Name }).IsUnique();
        builder.HasIndex(s => s.RegionId).IsUnique().HasFilter("is_other").HasDatabaseName("ix_schools_one_other_per_county");
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.ToTable("role_grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(g => new { g.AccountId, g.Role, g.SchoolId, g.RegionId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(g => g.SchoolId);
        builder.HasIndex(g => g.RegionId);
        builder.HasOne<Account>().WithMany().HasForeignKey(g => g.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(g => g.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
