namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>A Host with the demo data loaded: the six editions, the 2023 winter training and the open 演示专题.</summary>
public sealed class DemoCatalogFixture : ApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Xueshi:DemoData"] = "true" };

    public async Task<Guid> ProgramIdAsync(string title) =>
        await DirectorySql.ScalarAsync<Guid>(ConnectionString, "SELECT id FROM enrollment.programs WHERE title = @t", ("t", title));

    public async Task<Guid> CourseIdAsync(string programTitle, string courseTitle) =>
        await DirectorySql.ScalarAsync<Guid>(ConnectionString,
            "SELECT c.id FROM enrollment.courses c JOIN enrollment.program_courses pc ON pc.course_id = c.id " +
            "JOIN enrollment.programs p ON p.id = pc.program_id WHERE p.title = @p AND c.title = @c", ("p", programTitle), ("c", courseTitle));
}
