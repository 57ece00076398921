using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 002, 2025 summer (20 Jul – 30 Sep 2025): 大力弘扬教育家精神 2, 数字素养提升 2, 科学素养提升 1, 心理健康教育能力提升 2,
/// 学科教学能力提升 3 = 10 学时; a video credits only when watched whole; certificates for 10 学时 and a verified
/// identity. Each course here has two videos sharing its hours.
/// </summary>
public sealed class Summer2025Tests
{
    private static readonly DateTimeOffset August = Beijing(2025, 8, 15);

    [Theory]
    [InlineData("大力弘扬教育家精神", 1, 1)]
    [InlineData("大力弘扬教育家精神", 2, 2)]
    [InlineData("科学素养提升", 1, 0.5)]
    [InlineData("科学素养提升", 2, 1)]
    [InlineData("学科教学能力提升", 1, 1.5)]
    [InlineData("学科教学能力提升", 2, 3)]
    public void Course_hours_follow_the_manual(string course, int videos, double hours)
    {
        var edition = Edition.Summer2025();

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(edition.Videos(course).Take(videos), August), Teachers.Verified());

        var result = statement.Course(edition[course]);
        Assert.Equal((decimal)hours, result.CreditedHours);
        Assert.Equal(videos == 2, result.Met);
    }

    [Fact]
    public void Half_hours_print_without_trailing_zeros()
    {
        var edition = Edition.Summer2025();

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(edition.Videos("学科教学能力提升")[0], August), Teachers.Verified());

        Assert.Contains(statement.Course(edition["学科教学能力提升"]).Reasons, r => r.Message == "本课程已认定 1.5 学时，需认定 3 学时");
        Assert.Equal("已认定 1.5 学时，本专题需认定 10 学时", statement.UnmetConditions[0].Message);
    }

    [Theory]
    [InlineData("all, verified", 10, "Recognised", "")]
    [InlineData("all, rejected", 10, "Provisional", "credit.not_verified")]
    [InlineData("all but 科学素养提升", 9, "Provisional", "credit.hours_short")]
    [InlineData("all, 20 Jul 00:00 and 30 Sep 23:59:59", 10, "Recognised", "")]
    [InlineData("all, one on 19 Jul 23:59:59", 9, "Provisional", "credit.hours_short")]
    public void Program(string scenario, int hours, string status, string unmet)
    {
        var edition = Edition.Summer2025();
        var videos = edition.AllVideos;
        var progress = new Progress().Complete(videos, August);
        var teacher = Teachers.Verified();
        switch (scenario)
        {
            case "all, rejected":
                teacher = teacher with { Verification = Accounts.Contracts.VerificationStatus.Rejected };
                break;
            case "all but 科学素养提升":
                progress = new Progress().Complete(videos.Except(edition.Videos("科学素养提升")), August);
                break;
            case "all, 20 Jul 00:00 and 30 Sep 23:59:59":
                progress.Complete(videos[0], Beijing(2025, 7, 20, 0, 0, 0)).Complete(videos[^1], Beijing(2025, 9, 30, 23, 59, 59));
                break;
            case "all, one on 19 Jul 23:59:59":
                // 大力弘扬教育家精神's first video (1 学时) before the window opened.
                progress.Complete(videos[0], Beijing(2025, 7, 19, 23, 59, 59));
                break;
        }

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal(hours, statement.CreditedHours);
        Assert.Equal(10, statement.RequiredHours);
        Assert.Equal(Enum.Parse<CreditStatus>(status), statement.Status);
        Assert.Equal(unmet.Split(',', StringSplitOptions.RemoveEmptyEntries), statement.UnmetConditions.Codes());
    }
}
