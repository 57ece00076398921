using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Api.Tests;

/// <summary>
/// What the other modules ask Enrollment (Learning progress, Credit rules, Certificates), answered
/// over the demo catalog, whose editions come from the manuals.
/// </summary>
public sealed class EnrollmentContractsTests(DemoCatalogFixture api) : IClassFixture<DemoCatalogFixture>
{
    private const string Ethics = "师德集中学习教育";
    private const string Summer2023 = "2023年暑期教师研修";
    private const string Winter2023Basic = "2023年寒假教师研修（基础教育）";
    private const string DemoProgram = "演示专题：平台学习规则体验";

    private async Task<T> AskAsync<T>(IRequest<T> request)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    [Fact]
    public async Task Enrollment_in_the_ethics_program_counts_for_the_summer_program_that_carries_its_courses_and_for_no_other()
    {
        var teacher = Guid.CreateVersion7();
        var ethics = await api.ProgramIdAsync(Ethics);
        await DirectorySql.ScalarAsync<int>(api.ConnectionString,
            "INSERT INTO enrollment.enrollments (teacher_id, program_id, id, enrolled_at) VALUES (@t, @p, @id, now()) RETURNING 1",
            ("t", teacher), ("p", ethics), ("id", Guid.CreateVersion7()));

        Assert.True(await AskAsync(new IsEnrolled(teacher, ethics)));
        Assert.True(await AskAsync(new IsEnrolled(teacher, await api.ProgramIdAsync(Summer2023))));
        Assert.False(await AskAsync(new IsEnrolled(teacher, await api.ProgramIdAsync(Winter2023Basic))));
        Assert.False(await AskAsync(new IsEnrolled(Guid.CreateVersion7(), ethics)));
    }

    [Fact]
    public async Task The_demo_teacher_is_enrolled_in_the_open_demo_program()
    {
        var zhang = await AskAsync(new FindAccountByPhone("13800000001"));
        Assert.NotNull(zhang);
        var demo = await api.ProgramIdAsync(DemoProgram);
        Assert.True(await AskAsync(new IsEnrolled(zhang.Value, demo)));

        var outline = await AskAsync(new GetProgramOutline(demo));
        Assert.NotNull(outline);
        Assert.Equal(ProgramState.Published, outline.State);
        Assert.True(outline.Window.Contains(api.Factory.Clock.GetUtcNow()), "the demo program is open now");
    }

    [Fact]
    public async Task A_shared_course_is_listed_in_both_programs_with_the_summer_program_crediting_the_ethics_window()
    {
        var course = await api.CourseIdAsync(Ethics, "思想铸魂");
        var ethics = await api.ProgramIdAsync(Ethics);
        var summer = await api.ProgramIdAsync(Summer2023);

        var programs = await AskAsync(new GetProgramsIncludingCourse(course));

        Assert.Equal([ethics, summer], programs.Select(p => p.ProgramId).ToArray());
        Assert.Null(programs[0].CarriedFromProgramId);
        Assert.Equal(ethics, programs[1].CarriedFromProgramId);
        Assert.Equal(new StudyWindow(new DateOnly(2023, 7, 14), new DateOnly(2023, 8, 31)), programs[1].Window);
    }

    [Fact]
    public async Task The_winter_2023_outline_opens_four_courses_on_5_January_and_keeps_the_manuals_order()
    {
        var outline = await AskAsync(new GetProgramOutline(await api.ProgramIdAsync(Winter2023Basic)));

        Assert.NotNull(outline);
        Assert.Equal(new StudyWindow(new DateOnly(2022, 12, 2), new DateOnly(2023, 2, 28)), outline.Window);
        Assert.Equal(["教师直播教学安全", "学习宣传贯彻党的二十大精神", "师德典型引领", "教师关爱讲堂", "黄大年团队建设引领教师发展"],
            outline.Courses.Select(c => c.Title).ToArray());
        Assert.Null(outline.Courses[0].OpensOn);
        Assert.All(outline.Courses.Skip(1), c => Assert.Equal(new DateOnly(2023, 1, 5), c.OpensOn));
        Assert.All(outline.Courses, c => Assert.Contains(c.Resources, r => r.Kind == ResourceKind.CourseTest && r.QuestionCount > 0));
    }

    [Fact]
    public async Task A_videos_facts_carry_the_measured_duration_and_its_quiz_position_and_the_answer_key_only_options_of_the_question()
    {
        var outline = await AskAsync(new GetProgramOutline(await api.ProgramIdAsync(DemoProgram)));
        Assert.NotNull(outline);
        var quizVideo = outline.Courses.SelectMany(c => c.Resources).Single(r => r is { Kind: ResourceKind.Video, QuizPositionSeconds: not null });
        var measured = await DirectorySql.ScalarAsync<double>(api.ConnectionString,
            "SELECT duration_seconds FROM enrollment.media_files WHERE id = @id", ("id", quizVideo.MediaId!.Value));

        Assert.Equal(measured, quizVideo.DurationSeconds);
        Assert.InRange(quizVideo.QuizPositionSeconds!.Value, 1, measured);

        var facts = await AskAsync(new GetResource(quizVideo.ResourceId));
        Assert.Equal(quizVideo, facts);

        var key = await AskAsync(new GetQuizAnswerKey(quizVideo.ResourceId));
        Assert.NotNull(key);
        Assert.Equal(quizVideo.QuestionCount, key.Questions.Count);
        Assert.All(key.Questions, q =>
        {
            Assert.NotEmpty(q.CorrectOptionIds);
            Assert.All(q.CorrectOptionIds, id => Assert.Contains(id, q.OptionIds));
        });

        var resources = outline.Courses.SelectMany(c => c.Resources).ToList();
        Assert.Contains(resources, r => r.Kind == ResourceKind.Text && r is { MinReadingSeconds: > 0, StudyMinutes: > 0 });
        Assert.Contains(resources, r => r.IsExtension);
        Assert.Null(await AskAsync(new GetQuizAnswerKey(resources.First(r => r.Kind == ResourceKind.Text).ResourceId)));
    }
}
