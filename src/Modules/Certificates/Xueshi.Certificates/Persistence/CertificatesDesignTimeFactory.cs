using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates.Persistence;

internal sealed class CertificatesDesignTimeFactory : ModuleDesignTimeFactory<CertificatesDbContext>
{
    protected override string Schema => CertificatesDbContext.SchemaName;

    protected override CertificatesDbContext Create(DbContextOptions<CertificatesDbContext> options) => new(options);
}
