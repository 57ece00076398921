using Xueshi.CreditRules.DemoData;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 001, higher education and vocational: the same hours as basic education, "且完成试题后可获得": a course's hours
/// come only once its course test is complete. This lead-in topic has no certificate of its own, so hours do not wait
/// for the school's verification.
/// </summary>
public sealed class Winter2023HigherVocationalTests
{
    private const string Twenty = EditionRuleSets.TwentiethCongress;
    private static readonly DateTimeOffset February = Beijing(2023, 2, 10);

    [Theory]
    // 二十大 at 90 minutes: 2 学时 once its test is done, none before.
    [InlineData(EditionRuleSets.Winter2023Higher, "twenty 90, test done", 2, null)]
    [InlineData(EditionRuleSets.Winter2023Higher, "twenty 90, no test", 0, CreditReasonCodes.CourseTestNotDone)]
    [InlineData(EditionRuleSets.Winter2023Vocational, "twenty 90, test done", 2, null)]
    [InlineData(EditionRuleSets.Winter2023Vocational, "twenty 90, no test", 0, CreditReasonCodes.CourseTestNotDone)]
    // The test alone credits nothing: the minutes are still needed.
    [InlineData(EditionRuleSets.Winter2023Higher, "twenty 44, test done", 0, CreditReasonCodes.MinutesShort)]
    [InlineData(EditionRuleSets.Winter2023Vocational, "twenty 89, test done", 1, CreditReasonCodes.MinutesShort)]
    public void The_course_test_gates_the_courses_hours(string title, string scenario, int hours, string? reason)
    {
        var edition = Edition.Winter2023(title);
        var videos = edition.Videos(Twenty);
        var progress = new Progress();
        _ = scenario switch
        {
            "twenty 90, test done" => progress.Complete(videos, February).Complete(edition.Test(Twenty), February),
            "twenty 90, no test" => progress.Complete(videos, February),
            "twenty 44, test done" => progress.Complete(videos[0], February).Complete(edition.Test(Twenty), February),
            "twenty 89, test done" => progress.Complete(videos.Take(3), February).Complete(edition.Test(Twenty), February),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        var course = statement.Course(edition[Twenty]);
        Assert.Equal(hours, course.CreditedHours);
        if (reason is null)
        {
            Assert.Empty(course.Reasons);
        }
        else
        {
            Assert.Contains(reason, course.Reasons.Codes());
        }

        // The course test itself never credits hours.
        Assert.False(statement.Resource(edition.Test(Twenty)).Counts);
    }

    [Theory]
    [InlineData(EditionRuleSets.Winter2023Higher)]
    [InlineData(EditionRuleSets.Winter2023Vocational)]
    public void Every_course_with_its_test_gives_6_hours_recognised_without_waiting_for_the_school(string title)
    {
        var edition = Edition.Winter2023(title);
        var progress = new Progress();
        foreach (var course in Edition.Winter2023Courses)
        {
            progress.Complete(edition.Videos(course), February).Complete(edition.Test(course), February);
        }

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Pending());

        Assert.Equal(6, statement.CreditedHours);
        Assert.Equal(CreditStatus.Recognised, statement.Status);
        Assert.Empty(statement.UnmetConditions);
    }

    [Fact]
    public void Every_course_but_one_test_leaves_the_program_one_hour_short()
    {
        var edition = Edition.Winter2023(EditionRuleSets.Winter2023Higher);
        var progress = new Progress();
        foreach (var course in Edition.Winter2023Courses)
        {
            progress.Complete(edition.Videos(course), February);
            if (course != "教师关爱讲堂")
            {
                progress.Complete(edition.Test(course), February);
            }
        }

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        Assert.Equal(5, statement.CreditedHours);
        Assert.Equal(CreditStatus.Provisional, statement.Status);
        Assert.Equal("已认定 5 学时，本专题需认定 6 学时", statement.UnmetConditions[0].Message);
        Assert.Equal([CreditReasonCodes.CourseTestNotDone, CreditReasonCodes.CourseHoursShort], statement.Course(edition["教师关爱讲堂"]).Reasons.Codes());
    }
}
