using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 004, psychology-education training (9 Jan – 28 Feb 2023): 1 学时 per completed lesson (quiz, then the rest of
/// the video); teachers the school verified as 心理健康教育专兼职教师 need ≥ 15 lessons (15–20 学时), as 班主任 ≥ 10
/// (10–20 学时); one verified in both meets either; others get their time recorded and no credit.
/// </summary>
public sealed class Psychology2023Tests
{
    private static readonly DateTimeOffset February = Beijing(2023, 2, 1);

    [Theory]
    // role verified, lessons completed → hours, required, status, role applied, unmet codes (comma separated)
    [InlineData("psychology", 14, 14, 15, "Provisional", "PsychologyTeacher", "credit.hours_short,credit.lessons_short")]
    [InlineData("psychology", 15, 15, 15, "Recognised", "PsychologyTeacher", "")]
    [InlineData("psychology", 20, 20, 15, "Recognised", "PsychologyTeacher", "")]
    [InlineData("psychology", 22, 20, 15, "Recognised", "PsychologyTeacher", "")]
    [InlineData("head", 9, 9, 10, "Provisional", "HeadTeacher", "credit.hours_short,credit.lessons_short")]
    [InlineData("head", 10, 10, 10, "Recognised", "HeadTeacher", "")]
    // Verified in both: 12 lessons meet the head teacher's requirement, not the psychology teacher's.
    [InlineData("both", 12, 12, 10, "Recognised", "HeadTeacher", "")]
    [InlineData("both", 9, 9, 10, "Provisional", "HeadTeacher", "credit.hours_short,credit.lessons_short")]
    [InlineData("both", 16, 16, 15, "Recognised", "PsychologyTeacher", "")]
    // Claimed but not verified: hours shown against the claimed role, provisionally.
    [InlineData("claims psychology", 15, 15, 15, "Provisional", "PsychologyTeacher", "credit.role_not_verified")]
    [InlineData("claims head", 10, 10, 10, "Provisional", "HeadTeacher", "credit.role_not_verified")]
    // In no role: time recorded, nothing credited.
    [InlineData("none", 20, 0, 10, "NotEligible", null, "credit.role_not_verified")]
    public void Roles_and_lessons(string role, int lessons, int hours, int required, string status, string? appliedRole, string unmet)
    {
        var edition = Edition.Psychology2023();
        var progress = new Progress().Complete(edition.AllVideos.Take(lessons), February);
        var teacher = role switch
        {
            "psychology" => Teachers.Verified() with { IsPsychologyTeacher = true, IsVerifiedPsychologyTeacher = true },
            "head" => Teachers.Verified() with { IsHeadTeacher = true, IsVerifiedHeadTeacher = true },
            "both" => Teachers.Verified() with { IsPsychologyTeacher = true, IsVerifiedPsychologyTeacher = true, IsHeadTeacher = true, IsVerifiedHeadTeacher = true },
            "claims psychology" => Teachers.Pending() with { IsPsychologyTeacher = true },
            "claims head" => Teachers.Pending() with { IsHeadTeacher = true },
            _ => Teachers.Verified(),
        };

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal(hours, statement.CreditedHours);
        Assert.Equal(required, statement.RequiredHours);
        Assert.Equal(Enum.Parse<CreditStatus>(status), statement.Status);
        Assert.Equal(lessons * 20 * 60, statement.StudySeconds);
        Assert.Equal(unmet.Split(',', StringSplitOptions.RemoveEmptyEntries), statement.UnmetConditions.Codes());
        if (appliedRole is null)
        {
            Assert.Null(statement.Role);
        }
        else
        {
            var applied = Assert.IsType<RoleProgress>(statement.Role);
            Assert.Equal(Enum.Parse<TeacherRole>(appliedRole), applied.Role);
            Assert.Equal(lessons, applied.CompletedLessons);
            Assert.Equal(!role.StartsWith("claims", StringComparison.Ordinal), applied.Verified);
        }
    }

    [Fact]
    public void Lessons_short_quote_the_roles_own_figures()
    {
        var edition = Edition.Psychology2023();
        var teacher = Teachers.Verified() with { IsPsychologyTeacher = true, IsVerifiedPsychologyTeacher = true };

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(edition.AllVideos.Take(14), February), teacher);

        Assert.Equal("已完成 14 节，心理健康教育专兼职教师须完成至少 15 节", statement.UnmetConditions.Single(r => r.Code == CreditReasonCodes.LessonsShort).Message);
        Assert.Equal("已认定 14 学时，本专题需认定 15 学时", statement.UnmetConditions.Single(r => r.Code == CreditReasonCodes.HoursShort).Message);
    }

    [Fact]
    public void Beyond_20_lessons_study_time_grows_and_hours_stop_at_the_roles_maximum()
    {
        var edition = Edition.Psychology2023();
        var teacher = Teachers.Verified() with { IsHeadTeacher = true, IsVerifiedHeadTeacher = true };

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(edition.AllVideos, February), teacher);

        Assert.Equal(20, statement.CreditedHours);
        Assert.Equal(20, statement.MaxHours);
        Assert.Equal(24 * 20 * 60, statement.StudySeconds);
        Assert.Contains(statement.Courses.SelectMany(c => c.Reasons), r => r.Code == CreditReasonCodes.CapReached && r.Message.StartsWith("本专题最多认定 20 学时", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lesson_whose_quiz_is_not_done_is_no_lesson()
    {
        var edition = Edition.Psychology2023();
        var teacher = Teachers.Verified() with { IsHeadTeacher = true, IsVerifiedHeadTeacher = true };
        var videos = edition.AllVideos;
        var progress = new Progress().Complete(videos.Take(9), February).WatchedQuizNotDone(videos[9]);

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal(9, statement.CreditedHours);
        Assert.Equal(9, statement.Role!.CompletedLessons);
        Assert.Equal(CreditReasonCodes.QuizNotDone, statement.Resource(videos[9]).Reasons[0].Code);
    }

    [Fact]
    public void A_teacher_in_no_role_is_told_time_is_recorded_and_no_certificate_follows()
    {
        var edition = Edition.Psychology2023();

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(edition.AllVideos.Take(3), February), Teachers.Verified());

        var reason = Assert.Single(statement.UnmetConditions);
        Assert.Contains("已记录您的学习时长", reason.Message);
        Assert.Contains("心理健康教育专兼职教师、班主任", reason.Message);
        Assert.Contains("不发放证书", reason.Message);
    }

    [Fact]
    public void A_teacher_in_no_role_sees_no_course_crediting_hours_either()
    {
        var edition = Edition.Psychology2023();

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(edition.AllVideos.Take(12), February), Teachers.Verified());

        Assert.All(statement.Courses, c => Assert.Equal(0, c.CreditedHours));
        Assert.All(statement.Courses.SelectMany(c => c.Resources), r => Assert.Equal(0, r.CreditedHours));
        Assert.Equal(12 * 20 * 60, statement.StudySeconds);
    }
}
