using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using static Xueshi.CreditRules.Tests.Builders.Evaluation;

namespace Xueshi.CreditRules.Tests.Editions;

/// <summary>
/// 000, 2024 winter (1 Feb – 31 Mar 2024): three courses of 2 学时, 6 to 结业; a video credits only when watched
/// whole; certificates for 6 学时 and a verified identity. Each course here has two 30-minute videos (1 学时 each).
/// </summary>
public sealed class Winter2024Tests
{
    private static readonly DateTimeOffset March = Beijing(2024, 3, 5);

    [Theory]
    // videos completed (first N of the program), or a scenario → hours, status, unmet codes
    [InlineData("one video", 1, "Provisional", "credit.hours_short")]
    [InlineData("one course", 2, "Provisional", "credit.hours_short")]
    [InlineData("a video half watched", 0, "Provisional", "credit.hours_short")]
    [InlineData("all, verified", 6, "Recognised", "")]
    [InlineData("all, pending", 6, "Provisional", "credit.not_verified")]
    [InlineData("all, profile incomplete and pending", 6, "Provisional", "credit.profile_incomplete,credit.not_verified")]
    [InlineData("all but the last on 1 Apr 00:00", 5, "Provisional", "credit.hours_short")]
    [InlineData("all, the last on 31 Mar 23:59:59", 6, "Recognised", "")]
    [InlineData("all but the first on 31 Jan 23:59:59", 5, "Provisional", "credit.hours_short")]
    public void Scenarios(string scenario, int hours, string status, string unmet)
    {
        var edition = Edition.Winter2024();
        var videos = edition.AllVideos;
        var progress = new Progress();
        var teacher = Teachers.Verified();
        switch (scenario)
        {
            case "one video":
                progress.Complete(videos[0], March);
                break;
            case "one course":
                progress.Complete(edition.Videos(Edition.Winter2024Courses[0]), March);
                break;
            case "a video half watched":
                progress.Watched(videos[0], 15 * 60);
                break;
            case "all but the last on 1 Apr 00:00":
                progress.Complete(videos, March).Complete(videos[^1], Beijing(2024, 4, 1, 0, 0, 0));
                break;
            case "all, the last on 31 Mar 23:59:59":
                progress.Complete(videos, March).Complete(videos[^1], Beijing(2024, 3, 31, 23, 59, 59));
                break;
            case "all but the first on 31 Jan 23:59:59":
                progress.Complete(videos, March).Complete(videos[0], Beijing(2024, 1, 31, 23, 59, 59));
                break;
            default:
                progress.Complete(videos, March);
                teacher = scenario switch
                {
                    "all, pending" => Teachers.Pending(),
                    "all, profile incomplete and pending" => Teachers.ProfileMissing("realName", "idNumber", "schoolId") with
                    {
                        Verification = Accounts.Contracts.VerificationStatus.Pending,
                    },
                    _ => teacher,
                };
                break;
        }

        var statement = Run(edition.Rules, edition.Outline, progress, teacher);

        Assert.Equal(hours, statement.CreditedHours);
        Assert.Equal(6, statement.RequiredHours);
        Assert.Equal(Enum.Parse<CreditStatus>(status), statement.Status);
        Assert.Equal(unmet.Split(',', StringSplitOptions.RemoveEmptyEntries), statement.UnmetConditions.Codes());
    }

    [Fact]
    public void A_missing_profile_names_the_fields_in_chinese()
    {
        var edition = Edition.Winter2024();

        var statement = Run(edition.Rules, edition.Outline, new Progress(), Teachers.ProfileMissing("realName", "idNumber", "schoolId"));

        Assert.Contains("姓名、证件号码、所在学校", statement.UnmetConditions.Single(r => r.Code == CreditReasonCodes.ProfileIncomplete).Message);
    }

    [Fact]
    public void Study_time_counts_whole_videos_only()
    {
        var edition = Edition.Winter2024();
        var videos = edition.AllVideos;

        var statement = Run(edition.Rules, edition.Outline, new Progress().Complete(videos[0], March).Watched(videos[1], 29 * 60), Teachers.Verified());

        Assert.Equal(30 * 60, statement.StudySeconds);
        Assert.Equal(1, statement.CreditedHours);
        Assert.Equal(0, statement.Resource(videos[1]).StudySeconds);
        Assert.Equal([CreditReasonCodes.NotComplete, "learning.part_not_watched"], statement.Resource(videos[1]).Reasons.Codes());
    }
}
