using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates.Persistence;

/// <summary>Lets the migrations tooling build the model without starting the Host.</summary>
internal sealed class CertificatesDesignTimeFactory : IDesignTimeDbContextFactory<CertificatesDbContext>
{
    public CertificatesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CertificatesDbContext>();
        PersistenceRegistration.Configure(options, "Host=localhost;Database=design_time", CertificatesDbContext.SchemaName);
        return new CertificatesDbContext(options.Options);
    }
}
