using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Messaging;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates.Persistence;

internal sealed class CertificatesDbContext(DbContextOptions<CertificatesDbContext> options, OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, outboxSignal)
{
    public const string SchemaName = "certificates";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CertificatesDbContext).Assembly);
}
