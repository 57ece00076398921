using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests;

/// <summary>The evaluator's general behaviour, edition by edition behaviour lives in the edition tables.</summary>
public sealed class CreditEvaluatorTests
{
    private static readonly DateOnly Starts = new(2024, 2, 1);
    private static readonly DateOnly Ends = new(2024, 3, 31);
    private static readonly DateTimeOffset Inside = Beijing(2024, 2, 10);

    [Theory]
    [InlineData(44, 0, "已学习 44 分钟，满 45 分钟可认定 1 学时")]
    [InlineData(45, 1, null)]
    public void Minutes_below_the_threshold_credit_nothing_and_say_how_many_more_are_needed(int minutes, int hours, string? shortMessage)
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(minutes);
        var outline = program.Build();

        var statement = Run(
            Rules.Program(1, Rules.Minutes(course, 1, 1, (45, 1))), outline, new Progress().Complete(video, Inside), Teachers.Verified());

        var result = statement.Course(course);
        Assert.Equal(hours, result.CreditedHours);
        Assert.Equal(minutes * 60, result.StudySeconds);
        if (shortMessage is null)
        {
            Assert.True(result.Met);
            Assert.Empty(result.Reasons);
        }
        else
        {
            Assert.False(result.Met);
            Assert.Contains(result.Reasons, r => r.Code == CreditReasonCodes.MinutesShort && r.Message == shortMessage);
            Assert.Contains(statement.UnmetConditions, r => r.Code == CreditReasonCodes.HoursShort && r.Message == "已认定 0 学时，本专题需认定 1 学时");
        }
    }

    [Fact]
    public void A_resource_not_started_says_so_once_and_a_started_one_says_what_is_left()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var untouched = course.Video(30);
        var started = course.Video(30);
        var outline = program.Build();

        var statement = Run(Rules.Program(1, Rules.PerResource(course, 1, null, 1)), outline, new Progress().Watched(started, 600), Teachers.Verified());

        var notStarted = statement.Resource(untouched);
        Assert.False(notStarted.Counts);
        var reason = Assert.Single(notStarted.Reasons);
        Assert.Equal(CreditReasonCodes.NotStarted, reason.Code);
        Assert.Equal("尚未开始学习：学完后才能计入学时", reason.Message);
        Assert.Equal([CreditReasonCodes.NotComplete, "learning.part_not_watched"], statement.Resource(started).Reasons.Codes());
    }

    [Fact]
    public void An_incomplete_video_says_so_followed_by_what_learning_progress_says_is_missing()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(30);
        var outline = program.Build();

        var statement = Run(Rules.Program(1, Rules.PerResource(course, 1, null, 1)), outline, new Progress().Watched(video, 600), Teachers.Verified());

        var resource = statement.Resource(video);
        Assert.False(resource.Counts);
        Assert.Equal(0, resource.StudySeconds);
        Assert.Equal([CreditReasonCodes.NotComplete, "learning.part_not_watched"], resource.Reasons.Codes());
        Assert.Equal("第10分00秒之后尚未观看。", resource.Reasons[1].Message);
    }

    [Fact]
    public void Extension_resources_add_study_time_and_no_hours()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(20);
        var text = course.Text(10, extension: true);
        var outline = program.Build();

        var statement = Run(
            Rules.Program(1, Rules.PerResource(course, 1, null, 1)), outline, new Progress().Complete([video, text], Inside), Teachers.Verified());

        Assert.Equal((20 + 10) * 60, statement.StudySeconds);
        Assert.Equal(1, statement.CreditedHours);
        Assert.Equal([CreditReasonCodes.Extension], statement.Resource(text).Reasons.Codes());
        Assert.False(statement.Resource(text).Counts);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_video_watched_to_the_end_counts_without_its_quiz_only_when_quizzes_do_not_gate(bool quizzesGate, bool counts)
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(10, quiz: true);
        var outline = program.Build();
        var rule = Rules.PerResource(course, 0, null, 0.5m) with { QuizzesGate = quizzesGate };

        var statement = Run(Rules.Program(0.5m, rule), outline, new Progress().WatchedQuizNotDone(video), Teachers.Verified());

        var resource = statement.Resource(video);
        Assert.Equal(counts, resource.Counts);
        Assert.Equal(counts ? 0.5m : 0, statement.CreditedHours);
        Assert.Equal(counts ? 600 : 0, statement.StudySeconds);
        if (!counts)
        {
            Assert.Equal(CreditReasonCodes.QuizNotDone, resource.Reasons[0].Code);
            Assert.DoesNotContain(resource.Reasons, r => r.Code == "learning.quiz_not_done");
        }
    }

    [Theory]
    [InlineData(23, 59, 59, 0, true)]
    [InlineData(0, 0, 0, 1, false)]
    public void The_window_closes_at_midnight_in_Beijing(int hour, int minute, int second, int daysAfterLast, bool counts)
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(45);
        var outline = program.Build();
        var at = Beijing(2024, 3, 31, hour, minute, second).AddDays(daysAfterLast);

        var statement = Run(Rules.Program(1, Rules.PerResource(course, 1, null, 1)), outline, new Progress().Complete(video, at), Teachers.Verified());

        Assert.Equal(counts, statement.Resource(video).Counts);
        Assert.Equal(counts ? 1 : 0, statement.CreditedHours);
        Assert.Equal(45 * 60, statement.StudySeconds);
        if (!counts)
        {
            var reason = Assert.Single(statement.Resource(video).Reasons);
            Assert.Equal(CreditReasonCodes.OutsideWindow, reason.Code);
            Assert.Contains("2024年2月1日至2024年3月31日", reason.Message);
        }
    }

    [Fact]
    public void A_course_cap_stops_credit_and_study_time_goes_on()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var videos = course.Videos(3, 30);
        var outline = program.Build();

        var statement = Run(Rules.Program(1, Rules.PerResource(course, 1, 1.5m, 1)), outline, new Progress().Complete(videos, Inside), Teachers.Verified());

        var result = statement.Course(course);
        Assert.Equal(1.5m, result.CreditedHours);
        Assert.Equal(90 * 60, result.StudySeconds);
        Assert.Contains(result.Reasons, r => r.Code == CreditReasonCodes.CapReached && r.Message.StartsWith("本课程最多认定 1.5 学时", StringComparison.Ordinal));
    }

    [Fact]
    public void Hours_wait_for_the_profile_and_the_school_and_are_recognised_once_both_are_there()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(45);
        var outline = program.Build();
        var rules = Rules.Program(1, Rules.PerResource(course, 1, null, 1)) with { CreditWaitsForCompleteProfile = true, CreditWaitsForVerification = true };
        var progress = new Progress().Complete(video, Inside);

        var missing = Run(rules, outline, progress, Teachers.ProfileMissing("realName", "schoolId") with { Verification = Accounts.Contracts.VerificationStatus.NotSubmitted });
        var pending = Run(rules, outline, progress, Teachers.Pending());
        var verified = Run(rules, outline, progress, Teachers.Verified());

        Assert.Equal(CreditStatus.Provisional, missing.Status);
        Assert.True(missing.HoursMet);
        Assert.False(missing.IsComplete);
        Assert.Equal([CreditReasonCodes.ProfileIncomplete, CreditReasonCodes.NotVerified], missing.UnmetConditions.Codes());
        Assert.Contains("姓名、所在学校", missing.UnmetConditions[0].Message);
        Assert.Contains("未提交", missing.UnmetConditions[1].Message);
        Assert.Contains("待审核", Assert.Single(pending.UnmetConditions).Message);
        Assert.Equal(CreditStatus.Provisional, pending.Status);
        Assert.Equal(CreditStatus.Recognised, verified.Status);
        Assert.True(verified.IsComplete);
        Assert.Empty(verified.UnmetConditions);
    }

    [Fact]
    public void A_course_without_a_rule_credits_nothing_and_says_why()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(45);
        var outline = program.Build();

        var statement = Run(Rules.Program(1), outline, new Progress().Complete(video, Inside), Teachers.Verified());

        Assert.Equal(0, statement.CreditedHours);
        Assert.Equal([CreditReasonCodes.NoRule], statement.Course(course).Reasons.Codes());
        Assert.Equal(CreditStatus.Provisional, statement.Status);
    }

    [Fact]
    public void Archived_resources_count_when_completed_and_show_only_once_started()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var done = course.Video(30, archived: true);
        var untouched = course.Video(30, archived: true);
        var current = course.Video(30);
        var outline = program.Build();

        var statement = Run(Rules.Program(1, Rules.PerResource(course, 1, null, 0.5m)), outline, new Progress().Complete(done, Inside), Teachers.Verified());

        var resources = statement.Course(course).Resources.Select(r => r.ResourceId).ToList();
        Assert.Equal([done.ResourceId, current.ResourceId], resources);
        Assert.DoesNotContain(untouched.ResourceId, resources);
        Assert.Equal(0.5m, statement.CreditedHours);
        Assert.True(statement.Resource(done).Counts);
    }

    [Fact]
    public void A_course_not_yet_open_credits_nothing_completed_before_its_opening_day()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程", opensOn: new DateOnly(2024, 3, 1));
        var video = course.Video(45);
        var outline = program.Build();
        var rules = Rules.Program(1, Rules.PerResource(course, 1, null, 1));

        var before = Run(rules, outline, new Progress().Complete(video, Beijing(2024, 2, 29, 23, 59, 59)), Teachers.Verified());
        var opening = Run(rules, outline, new Progress().Complete(video, Beijing(2024, 3, 1, 0, 0, 0)), Teachers.Verified());

        Assert.Equal(0, before.CreditedHours);
        Assert.Contains("2024年3月1日至2024年3月31日", Assert.Single(before.Resource(video).Reasons).Message);
        Assert.Equal(1, opening.CreditedHours);
    }

    [Fact]
    public void A_course_test_gate_ignores_archived_tests()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(45);
        course.CourseTest(archived: true);
        var outline = program.Build();
        var rules = Rules.Program(1, Rules.Minutes(course, 1, 1, (45, 1)) with { CourseTestGates = true });

        var statement = Run(rules, outline, new Progress().Complete(video, Inside), Teachers.Verified());

        Assert.Equal(1, statement.CreditedHours);
    }

    [Fact]
    public void Reasons_are_in_english_for_an_english_reader()
    {
        var program = new ProgramBuilder("专题", Starts, Ends);
        var course = program.Course("课程");
        var video = course.Video(44);
        var outline = program.Build();
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        CreditStatement statement;
        try
        {
            statement = CreditEvaluator.Evaluate(Rules.Program(1.5m, Rules.Minutes(course, 1.5m, 1.5m, (45, 1.5m))), 1, outline,
                new Progress().Complete(video, Inside).For(outline), Teachers.Verified(), Inside);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }

        Assert.Equal("44 minutes studied; 45 minutes credit 1.5 hours", statement.Course(course).Reasons[0].Message);
        Assert.Equal("0 hours credited; this program requires 1.5", statement.UnmetConditions[0].Message);
    }
}
