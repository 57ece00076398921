using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates.Persistence;

internal sealed class CertificatesDbContext(DbContextOptions<CertificatesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "certificates";

    protected override string Schema => SchemaName;

    // No tables of its own yet beyond the outbox and inbox; with the first entity this becomes
    // modelBuilder.ApplyConfigurationsFromAssembly(typeof(CertificatesDbContext).Assembly).
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
