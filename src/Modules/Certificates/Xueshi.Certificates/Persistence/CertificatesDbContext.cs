using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates.Persistence;

internal sealed class CertificatesDbContext(DbContextOptions<CertificatesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "certificates";

    protected override string Schema => SchemaName;

    public DbSet<IssuedCertificate> Certificates => Set<IssuedCertificate>();

    public DbSet<TrainingCertificate> TrainingCertificates => Set<TrainingCertificate>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CertificatesDbContext).Assembly);
}
