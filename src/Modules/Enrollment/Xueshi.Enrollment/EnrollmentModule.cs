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
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Enrollment;

/// <summary>Programs, courses, resources, quizzes' content and enrollment.</summary>
public sealed class EnrollmentModule : ModuleBase
{
    public override string Name => "Enrollment";

    public override string Schema => EnrollmentDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => EnrollmentApiTags.Descriptions;

    public override IEnumerable<ProblemExtension> ProblemExtensions =>
    [
        new("message", typeof(string), "With enrollment.school_system_not_admitted: the program's own refusal text, to show as it is."),
        new("redirectProgramId", typeof(Guid), "With enrollment.school_system_not_admitted: the program the teacher should enroll in instead, when there is one."),
        new("redirectProgramTitle", typeof(string), "With redirectProgramId: that program's title."),
        new("issues", typeof(IReadOnlyList<CoherenceIssue>), "With enrollment.program_incoherent: every contradiction in the program, each with " +
            "the field it concerns, a stable code and a message (errors has the same messages by field)."),
        new("codec", typeof(string), "With media.unsupported_type: the codec ffprobe found in the upload, when it found one."),
    ];

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
