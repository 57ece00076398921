using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 演示专题: 平台学习规则入门 requires 1 学时 (its two videos 0.5 each, the quiz gating), 完整讲座（45分钟） is optional
/// (45 minutes → 1 学时), 拓展学习 is an extension course; 1 学时 in all, waiting for a complete profile and verification.
/// </summary>
public sealed class DemoProgramTests
{
    private static readonly DateTimeOffset Today = Beijing(2026, 11, 26);

    [Theory]
    // scenario → program hours, hours met, status, unmet codes
    [InlineData("first video", 0.5, false, "Provisional", "credit.hours_short")]
    [InlineData("both videos", 1, true, "Recognised", "")]
    [InlineData("second video watched, quiz not done", 0.5, false, "Provisional", "credit.hours_short")]
    [InlineData("text and course test only", 0, false, "Provisional", "credit.hours_short")]
    // The lecture's hour reaches the total but 平台学习规则入门 is still short.
    [InlineData("lecture only", 1, false, "Provisional", "credit.hours_short")]
    [InlineData("both videos and the lecture", 2, true, "Recognised", "")]
    [InlineData("both videos, pending", 1, true, "Provisional", "credit.not_verified")]
    [InlineData("both videos, profile incomplete", 1, true, "Provisional", "credit.profile_incomplete")]
    [InlineData("extension only", 0, false, "Provisional", "credit.hours_short")]
    public void Scenarios(string scenario, double hours, bool hoursMet, string status, string unmet)
    {
        var edition = Edition.Demo();
        var basics = edition.Videos("平台学习规则入门");
        var lecture = edition.Videos("完整讲座（45分钟）");
        var progress = new Progress();
        var teacher = Teachers.Verified();
        _ = scenario switch
        {
            "first video" => progress.Complete(basics[0], Today),
            "both videos" => progress.Complete(basics, Today),
            "second video watched, quiz not done" => progress.Complete(basics[0], Today).WatchedQuizNotDone(basics[1]),
            "text and course test only" => progress.Complete(edition["平台学习规则入门"].Resources.Where(r => r.Kind != Enrollment.Contracts.ResourceKind.Video), Today),
            "lecture only" => progress.Complete(lecture, Today),
            "both videos and the lecture" => progress.Complete(basics, Today).Complete(lecture, Today),
            "both videos, pending" => progress.Complete(basics, Today),
            "both videos, profile incomplete" => progress.Complete(basics, Today),
            "extension only" => progress.Complete(edition["拓展学习"].Resources, Today),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        teacher = scenario switch
        {
            "both videos, pending" => Teachers.Pending(),
            "both videos, profile incomplete" => Teachers.ProfileMissing("schoolId"),
            _ => teacher,
        };

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal((decimal)hours, statement.CreditedHours);
        Assert.Equal(1, statement.RequiredHours);
        Assert.Equal(hoursMet, statement.HoursMet);
        Assert.Equal(Enum.Parse<CreditStatus>(status), statement.Status);
        Assert.Equal(unmet.Split(',', StringSplitOptions.RemoveEmptyEntries), statement.UnmetConditions.Codes());
    }

    [Fact]
    public void The_extension_course_records_time_and_is_met_with_nothing_credited()
    {
        var edition = Edition.Demo();
        var extension = edition["拓展学习"];

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(extension.Resources, Today), Teachers.Verified());

        var course = statement.Course(extension);
        Assert.True(course.IsExtension);
        Assert.True(course.Met);
        Assert.Equal(0, course.CreditedHours);
        Assert.Equal((2 + 2) * 60, course.StudySeconds);
        Assert.Equal((2 + 2) * 60, statement.StudySeconds);
    }

    [Fact]
    public void The_optional_lecture_says_nothing_is_short_and_credits_at_45_minutes()
    {
        var edition = Edition.Demo();
        var talk = edition["完整讲座（45分钟）"];

        var none = Run(edition.Rules, edition.Outline, new Progress(), Teachers.Verified()).Course(talk);
        var done = Run(edition.Rules, edition.Outline, new Progress().Complete(talk.Resources, Today), Teachers.Verified()).Course(talk);

        Assert.True(none.Met);
        Assert.Empty(none.Reasons);
        Assert.Equal(1, done.CreditedHours);
        Assert.Equal(45 * 60, done.StudySeconds);
    }
}
