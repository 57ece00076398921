using Xueshi.CreditRules.DemoData;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 003, 2023 summer + 师德集中学习教育 (14 Jul – 31 Aug 2023): 思想铸魂 2 学时, 学科教学能力提升 3, the five others 1
/// each = 10; 师德引领 and every text are extension resources; a video credits only with its quiz done; four courses
/// carried over from the June–July program, whose progress then counts; hours wait for the school's verification.
/// Here the carried courses hold one video (and an extension text), the summer's own courses two.
/// </summary>
public sealed class Summer2023Tests
{
    private static readonly DateTimeOffset August = Beijing(2023, 8, 10);
    private static readonly DateTimeOffset June = Beijing(2023, 6, 15);

    [Theory]
    // Carried over: progress inside the June–July window counts, before it does not.
    [InlineData("思想铸魂", "carried, June", 2, null)]
    [InlineData("思想铸魂", "carried, 31 Jul 23:59:59", 2, null)]
    [InlineData("固本强基", "carried, 31 May", 0, CreditReasonCodes.OutsideWindow)]
    [InlineData("以案促学", "carried, 31 Aug 23:59:59", 1, null)]
    [InlineData("以案促学", "carried, 1 Sep 00:00", 0, CreditReasonCodes.OutsideWindow)]
    // The summer's own courses: only the summer's window; 学科教学能力提升's 3 学时 over its two videos.
    [InlineData("学科教学能力提升", "own, June", 0, CreditReasonCodes.OutsideWindow)]
    [InlineData("学科教学能力提升", "own, first video", 1.5, CreditReasonCodes.CourseHoursShort)]
    [InlineData("学科教学能力提升", "own, both videos", 3, null)]
    [InlineData("数字素养提升", "own, 14 Jul 00:00", 1, null)]
    // A video watched to its end with the quiz left undone credits nothing.
    [InlineData("综合育人能力提升", "quiz not done", 0.5, CreditReasonCodes.QuizNotDone)]
    // 师德引领 is an extension course: time recorded, nothing credited.
    [InlineData("师德引领", "extension", 0, CreditReasonCodes.Extension)]
    public void Course_hours(string course, string scenario, double hours, string? reason)
    {
        var edition = Edition.Summer2023();
        var videos = edition.Videos(course);
        var progress = new Progress();
        _ = scenario switch
        {
            "carried, June" or "own, June" => progress.Complete(videos, June),
            "carried, 31 Jul 23:59:59" => progress.Complete(videos, Beijing(2023, 7, 31, 23, 59, 59)),
            "carried, 31 May" => progress.Complete(videos, Beijing(2023, 5, 31, 23, 59, 59)),
            "carried, 31 Aug 23:59:59" => progress.Complete(videos, Beijing(2023, 8, 31, 23, 59, 59)),
            "carried, 1 Sep 00:00" => progress.Complete(videos, Beijing(2023, 9, 1, 0, 0, 0)),
            "own, first video" => progress.Complete(videos[0], August),
            "own, both videos" => progress.Complete(videos, August),
            "own, 14 Jul 00:00" => progress.Complete(videos, Beijing(2023, 7, 14, 0, 0, 0)),
            "quiz not done" => progress.Complete(videos[0], August).WatchedQuizNotDone(videos[1]),
            "extension" => progress.Complete(videos, August).Complete(edition[course].Resources.Where(r => r.IsExtension), August),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        var result = statement.Course(edition[course]);
        Assert.Equal((decimal)hours, result.CreditedHours);
        var codes = result.Reasons.Concat(result.Resources.SelectMany(r => r.Reasons)).Codes();
        if (reason is null)
        {
            // Only the untouched extension texts say anything: they never count.
            Assert.All(codes, c => Assert.Equal(CreditReasonCodes.Extension, c));
        }
        else
        {
            Assert.Contains(reason, codes);
        }
    }

    [Fact]
    public void Extension_resources_add_to_study_time_only()
    {
        var edition = Edition.Summer2023();
        var extensions = edition.Outline.Courses.SelectMany(c => c.Resources).Where(r => r.IsExtension).ToList();
        var progress = new Progress().Complete(extensions, August);

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        // 师德引领's 20-minute video and four 5-minute texts.
        Assert.Equal((20 + (4 * 5)) * 60, statement.StudySeconds);
        Assert.Equal(0, statement.CreditedHours);
        Assert.All(extensions, r => Assert.Equal([CreditReasonCodes.Extension], statement.Resource(r).Reasons.Codes()));
    }

    [Theory]
    [InlineData("verified", 10, nameof(CreditStatus.Recognised), null)]
    [InlineData("pending", 10, nameof(CreditStatus.Provisional), CreditReasonCodes.NotVerified)]
    [InlineData("rejected", 10, nameof(CreditStatus.Provisional), CreditReasonCodes.NotVerified)]
    [InlineData("not submitted", 10, nameof(CreditStatus.Provisional), CreditReasonCodes.NotVerified)]
    [InlineData("verified, one carried course outside June–July", 9, nameof(CreditStatus.Provisional), CreditReasonCodes.HoursShort)]
    public void Every_credited_video_gives_10_hours_recognised_once_verified(string scenario, int hours, string expectedStatus, string? unmet)
    {
        var edition = Edition.Summer2023();
        var progress = new Progress();
        foreach (var course in Edition.Summer2023Carried.Concat(Edition.Summer2023Own))
        {
            var at = Edition.Summer2023Carried.Contains(course) ? June : August;
            if (course == "固本强基" && scenario.Contains("outside", StringComparison.Ordinal))
            {
                at = Beijing(2023, 5, 20);
            }

            progress.Complete(edition.Videos(course).Where(v => !v.IsExtension), at);
        }

        var teacher = scenario switch
        {
            "pending" => Teachers.Pending(),
            "rejected" => Teachers.Verified() with { Verification = Accounts.Contracts.VerificationStatus.Rejected },
            "not submitted" => Teachers.Verified() with { Verification = Accounts.Contracts.VerificationStatus.NotSubmitted },
            _ => Teachers.Verified(),
        };

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal(hours, statement.CreditedHours);
        Assert.Equal(10, statement.RequiredHours);
        Assert.Equal(Enum.Parse<CreditStatus>(expectedStatus), statement.Status);
        if (unmet is null)
        {
            Assert.Empty(statement.UnmetConditions);
        }
        else
        {
            Assert.Equal(unmet, Assert.Single(statement.UnmetConditions).Code);
        }
    }

    [Fact]
    public void The_three_verification_states_are_worded_differently()
    {
        var edition = Edition.Summer2023();
        var messages = new[] { Accounts.Contracts.VerificationStatus.Pending, Accounts.Contracts.VerificationStatus.Rejected, Accounts.Contracts.VerificationStatus.NotSubmitted }
            .Select(s => Run(edition.Rules, edition.Outline, new Progress(), Teachers.Verified() with { Verification = s })
                .UnmetConditions.Single(r => r.Code == CreditReasonCodes.NotVerified).Message)
            .ToList();

        Assert.Contains("待审核", messages[0]);
        Assert.Contains("未通过", messages[1]);
        Assert.Contains("未提交", messages[2]);
    }
}
