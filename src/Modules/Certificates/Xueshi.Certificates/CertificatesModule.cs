using Microsoft.Extensions.DependencyInjection;
using Xueshi.Certificates.Persistence;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Certificates;

/// <summary>Eligibility, claim, PDF, verification, voiding and reissue.</summary>
public sealed class CertificatesModule : ModuleBase
{
    public override string Name => "Certificates";

    public override string Schema => CertificatesDbContext.SchemaName;

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<CertificatesDbContext>(Schema);
}
