using System.Net;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>
/// The window's last day lasts until 24:00 in Beijing (16:00 UTC): its last second still enrolls, the
/// next refuses. Its own class, because it moves the Host's clock.
/// </summary>
public sealed class EnrollmentWindowTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_last_second_of_the_last_day_in_China_Standard_Time_still_enrolls_and_the_next_does_not()
    {
        var today = CatalogSeed.Today(api.Factory);
        var program = await CatalogSeed.ProgramAsync(api.Factory, "最后一天专题", today.AddDays(-3), today);
        var endsAt = new StudyWindow(today.AddDays(-3), today).EndsAt;
        Assert.Equal(TimeSpan.FromHours(16), endsAt.UtcDateTime.TimeOfDay);

        api.Factory.Clock.Advance(endsAt.AddSeconds(-2) - api.Factory.Clock.GetUtcNow());
        var inTime = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var late = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        api.Factory.Clock.Advance(endsAt.AddSeconds(-1) - api.Factory.Clock.GetUtcNow());
        await _client.EnrollOkAsync(inTime.Token, program.ProgramId);

        api.Factory.Clock.Advance(endsAt - api.Factory.Clock.GetUtcNow());
        var problem = await (await _client.EnrollAsync(late.Token, program.ProgramId)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("enrollment.after_window", problem.Code);

        // Enrolled in time: asking again after the window is still the same enrollment, not a refusal.
        await _client.EnrollOkAsync(inTime.Token, program.ProgramId, HttpStatusCode.OK);
    }
}
