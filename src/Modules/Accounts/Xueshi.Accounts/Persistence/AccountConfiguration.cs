using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Persistence;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Phone).HasMaxLength(11);
        // The phone number is the account: the database, not only the handler, refuses a second one.
        builder.HasIndex(a => a.Phone).IsUnique();
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.Property(a => a.Identity).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Nickname).HasMaxLength(20);
        builder.Ignore(a => a.HasPassword);
    }
}

internal sealed class SmsCodeConfiguration : IEntityTypeConfiguration<SmsCode>
{
    public void Configure(EntityTypeBuilder<SmsCode> builder)
    {
        builder.ToTable("sms_codes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Phone).HasMaxLength(11);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => new { c.Phone, c.SentAt });
        builder.Property(c => c.RequestedFrom).HasMaxLength(45);
        builder.HasIndex(c => new { c.RequestedFrom, c.SentAt });
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => t.Phone);
        builder.Property(t => t.Phone).HasMaxLength(11);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.FamilyId);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
