using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Accounts.Persistence;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "accounts";

    protected override string Schema => SchemaName;

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<SmsCode> SmsCodes => Set<SmsCode>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<TeacherProfile> TeacherProfiles => Set<TeacherProfile>();

    public DbSet<VerificationRecord> VerificationRecords => Set<VerificationRecord>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<PhoneRebindRequest> PhoneRebindRequests => Set<PhoneRebindRequest>();

    public DbSet<PhoneRebindPhoto> PhoneRebindPhotos => Set<PhoneRebindPhoto>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    public DbSet<Consent> Consents => Set<Consent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
}
