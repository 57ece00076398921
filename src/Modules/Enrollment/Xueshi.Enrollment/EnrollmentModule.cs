using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Enrollment.DemoData;
using Xueshi.Enrollment.Features.Media;
using Xueshi.Enrollment.Features.Admin;
using Xueshi.Enrollment.Features.Contracts;
using Xueshi.Enrollment.Media;
using Xueshi.Enrollment.Persistence;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;

namespace Xueshi.Enrollment;

/// <summary>Programs, courses, resources, quizzes' content and enrollment.</summary>
public sealed class EnrollmentModule : ModuleBase
{
    public override string Name => "Enrollment";

    public override string Schema => EnrollmentDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => EnrollmentApiTags.Descriptions;

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<EnrollmentDbContext>(Schema);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMedia(configuration);
        services.AddCatalogAdmin();
        services.AddSingleton<ProgramOutlineCache>();
    }

    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        EnrollmentDemoData.SeedAsync(services, cancellationToken);
}
