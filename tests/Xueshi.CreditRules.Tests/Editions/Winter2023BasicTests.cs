using Xueshi.Accounts.Contracts;
using Xueshi.CreditRules.DemoData;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 001, basic education: 二十大 2 学时 for ≥ 90 minutes (our reading: 1 学时 per 45 minutes, capped at 2), the other
/// four 1 学时 for ≥ 45 minutes, 6 学时 to 结业; 2 Dec 2022 – 28 Feb 2023, four courses open on 5 Jan 2023.
/// Each course here is 44 + 1 minutes (二十大 44 + 1 + 44 + 1).
/// </summary>
public sealed class Winter2023BasicTests
{
    private const string Twenty = EditionRuleSets.TwentiethCongress;
    private const string Live = "教师直播教学安全";
    private static readonly DateTimeOffset January = Beijing(2023, 1, 20);

    [Theory]
    // 二十大: minutes studied → hours, against 45 → 1 and 90 → 2.
    [InlineData("twenty 44", Twenty, 0, CreditReasonCodes.MinutesShort)]
    [InlineData("twenty 45", Twenty, 1, CreditReasonCodes.MinutesShort)]
    [InlineData("twenty 89", Twenty, 1, CreditReasonCodes.MinutesShort)]
    [InlineData("twenty 90", Twenty, 2, null)]
    // The other courses: 45 minutes → 1 学时.
    [InlineData("live 44", Live, 0, CreditReasonCodes.MinutesShort)]
    [InlineData("live 45", Live, 1, null)]
    // Opening days: the live-teaching course from 2 Dec, 二十大 from 5 Jan 2023 (Beijing).
    [InlineData("live on the first day", Live, 1, null)]
    [InlineData("twenty the evening before it opens", Twenty, 0, CreditReasonCodes.OutsideWindow)]
    [InlineData("twenty at its opening midnight", Twenty, 2, null)]
    // The window's last second in Beijing counts, the next midnight does not.
    [InlineData("live 23:59:59 on 28 Feb", Live, 1, null)]
    [InlineData("live 00:00 on 1 Mar", Live, 0, CreditReasonCodes.OutsideWindow)]
    public void Course_hours(string scenario, string course, int hours, string? reason)
    {
        var edition = Edition.Winter2023(EditionRuleSets.Winter2023Basic);
        var progress = new Progress();
        var twenty = edition.Videos(Twenty);
        var live = edition.Videos(Live);
        _ = scenario switch
        {
            "twenty 44" => progress.Complete(twenty[0], January),
            "twenty 45" => progress.Complete(twenty.Take(2), January),
            "twenty 89" => progress.Complete(twenty.Take(3), January),
            "twenty 90" => progress.Complete(twenty, January),
            "live 44" => progress.Complete(live[0], January),
            "live 45" => progress.Complete(live, January),
            "live on the first day" => progress.Complete(live, Beijing(2022, 12, 2, 0, 0, 0)),
            "twenty the evening before it opens" => progress.Complete(twenty, Beijing(2023, 1, 4, 23, 59, 59)),
            "twenty at its opening midnight" => progress.Complete(twenty, Beijing(2023, 1, 5, 0, 0, 0)),
            "live 23:59:59 on 28 Feb" => progress.Complete(live, Beijing(2023, 2, 28, 23, 59, 59)),
            "live 00:00 on 1 Mar" => progress.Complete(live, Beijing(2023, 3, 1, 0, 0, 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        var result = statement.Course(edition[course]);
        Assert.Equal(hours, result.CreditedHours);
        Assert.Equal(hours, statement.CreditedHours);
        var codes = result.Reasons.Concat(result.Resources.SelectMany(r => r.Reasons)).Codes();
        if (reason is null)
        {
            Assert.DoesNotContain(CreditReasonCodes.MinutesShort, codes);
            Assert.DoesNotContain(CreditReasonCodes.OutsideWindow, codes);
        }
        else
        {
            Assert.Contains(reason, codes);
        }
    }

    [Theory]
    [InlineData(44, "已学习 44 分钟，满 45 分钟可认定 1 学时")]
    [InlineData(89, "已学习 89 分钟，满 90 分钟可认定 2 学时")]
    public void Short_minutes_say_how_far_the_next_threshold_is(int minutes, string message)
    {
        var edition = Edition.Winter2023(EditionRuleSets.Winter2023Basic);
        var twenty = edition.Videos(Twenty);
        var progress = new Progress().Complete(minutes == 44 ? twenty.Take(1) : twenty.Take(3), January);

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        Assert.Contains(statement.Course(edition[Twenty]).Reasons, r => r.Code == CreditReasonCodes.MinutesShort && r.Message == message);
    }

    [Theory]
    // 5 courses complete: 2 + 4 × 1 = 6 学时, 结业 once verified (the FAQ: verification affects the certificate).
    [InlineData("all, verified", 6, nameof(CreditStatus.Recognised), null)]
    [InlineData("all, pending", 6, nameof(CreditStatus.Provisional), CreditReasonCodes.NotVerified)]
    [InlineData("all, profile incomplete", 6, nameof(CreditStatus.Provisional), CreditReasonCodes.ProfileIncomplete)]
    // 二十大 at 45 minutes: 1 + 4 = 5 of 6.
    [InlineData("twenty short", 5, nameof(CreditStatus.Provisional), CreditReasonCodes.HoursShort)]
    // Course tests do not gate basic education.
    [InlineData("all, no course tests", 6, nameof(CreditStatus.Recognised), null)]
    public void Program(string scenario, int hours, string expectedStatus, string? unmet)
    {
        var status = Enum.Parse<CreditStatus>(expectedStatus);
        var edition = Edition.Winter2023(EditionRuleSets.Winter2023Basic);
        var progress = new Progress();
        foreach (var course in Edition.Winter2023Courses)
        {
            progress.Complete(course == Twenty && scenario == "twenty short" ? edition.Videos(course).Take(2) : edition.Videos(course), January);
            if (scenario != "all, no course tests")
            {
                progress.Complete(edition.Test(course), January);
            }
        }

        var teacher = scenario switch
        {
            "all, pending" => Teachers.Pending(),
            "all, profile incomplete" => Teachers.ProfileMissing("idNumber"),
            _ => Teachers.Verified(),
        };

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal(hours, statement.CreditedHours);
        Assert.Equal(6, statement.RequiredHours);
        Assert.Equal(status, statement.Status);
        Assert.Equal(status == CreditStatus.Recognised, statement.IsComplete);
        Assert.Equal((2 * 45 * 60) + (4 * 45 * 60) - (scenario == "twenty short" ? 45 * 60 : 0), statement.StudySeconds);
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
    public void Hours_short_quote_the_programs_own_figures()
    {
        var edition = Edition.Winter2023(EditionRuleSets.Winter2023Basic);
        var progress = new Progress().Complete(edition.Videos(Twenty), January).Complete(edition.Videos(Live), January);

        var statement = Run(edition.Rules, edition.Outline, progress, Teachers.Verified());

        Assert.Equal("已认定 3 学时，本专题需认定 6 学时", statement.UnmetConditions[0].Message);
        Assert.Equal(3, statement.Courses.Count(c => !c.Met));
    }
}
