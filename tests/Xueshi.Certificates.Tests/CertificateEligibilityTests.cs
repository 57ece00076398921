using Xueshi.Accounts.Contracts;
using Xueshi.Certificates.Domain;
using Xueshi.CreditRules.Contracts;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Certificates.Tests;

/// <summary>Who may claim which certificate, and every reason not, decided without a database.</summary>
public sealed class CertificateEligibilityTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly SchemeProgram Winter = new(Guid.CreateVersion7(), "2024年寒假教师研修", new StudyWindow(new DateOnly(2024, 1, 20), new DateOnly(2024, 2, 29)));
    private static readonly SchemeProgram Topic = new(Guid.CreateVersion7(), "高等教育网课专题", new StudyWindow(new DateOnly(2023, 1, 5), new DateOnly(2023, 3, 10)));

    private static CertificateHolder Holder(VerificationStatus verification = VerificationStatus.Approved, string? idNumber = "370102198503124529") =>
        new(Guid.CreateVersion7(), "李秀英", idNumber, "李**", "37**************29", "370102********4529", Guid.CreateVersion7(), "济南市历下区实验小学",
            ["山东省", "济南市", "历下区"], verification);

    private static ProgramCompletion Completion(SchemeProgram program, decimal credited, bool complete, params (string Code, string Message)[] unmet) =>
        new(Guid.CreateVersion7(), program.ProgramId, 1, complete, complete, credited, 6, 3600, [new CourseCompletion(Guid.CreateVersion7(), "课程", credited, 1, 3600)],
            null, [.. unmet.Select(u => new UnmetCondition(u.Code, u.Message))]);

    private static CertificateScheme Own(SchemeProgram program, DateOnly date) => new(program.ProgramId, SchemeKind.Program, program.Title, date, [program]);

    [Fact]
    public void A_verified_teacher_who_completed_the_program_may_claim_it_on_its_date_and_not_the_day_before()
    {
        var scheme = Own(Winter, Today);
        ProgramStanding[] standings = [new(Winter, true, Completion(Winter, 6, true))];

        var onTheDay = CertificateEligibility.Decide(scheme, standings, Holder(), Today);
        var dayBefore = CertificateEligibility.Decide(scheme, standings, Holder(), Today.AddDays(-1));

        Assert.True(onTheDay.IsEligible);
        Assert.Empty(onTheDay.Unmet);
        Assert.Equal(6, onTheDay.TotalHours);
        Assert.False(dayBefore.IsEligible);
        Assert.Equal([CertificateWords.DateNotReachedCode], dayBefore.Unmet.Select(u => u.Code));
    }

    [Fact]
    public void Every_reason_is_given_at_once_and_verification_is_said_once_with_the_hours_earned()
    {
        var scheme = Own(Winter, Today.AddDays(5));
        ProgramStanding[] standings = [new(Winter, true, Completion(Winter, 4, false,
            ("credit.hours_short", "已认定 4 学时，还需 2 学时。"), ("credit.not_verified", "学时待学校管理员审核后认定。")))];

        var result = CertificateEligibility.Decide(scheme, standings, Holder(VerificationStatus.Pending), Today);

        Assert.False(result.IsEligible);
        Assert.Equal(["credit.hours_short", CertificateWords.NotVerifiedCode, CertificateWords.DateNotReachedCode], result.Unmet.Select(u => u.Code));
        Assert.StartsWith("已获得 4 学时，但个人信息尚未通过学校管理员审核", result.Unmet[1].Message, StringComparison.Ordinal);
        Assert.Empty(result.Covered);
    }

    [Fact]
    public void A_teacher_not_enrolled_or_verified_without_an_ID_number_cannot_claim()
    {
        var scheme = Own(Winter, Today);

        var notEnrolled = CertificateEligibility.Decide(scheme, [new(Winter, false, null)], Holder(), Today);
        var noId = CertificateEligibility.Decide(scheme, [new(Winter, true, Completion(Winter, 6, true))], Holder(idNumber: null), Today);

        Assert.Equal([CertificateWords.NotEnrolledCode], notEnrolled.Unmet.Select(u => u.Code));
        Assert.Equal([CertificateWords.ProfileIncompleteCode], noId.Unmet.Select(u => u.Code));
        Assert.False(noId.IsEligible);
    }

    [Fact]
    public void A_training_certificate_records_the_topics_completed_and_comes_after_the_last_topic_ends()
    {
        // The date set before a topic was added that runs later: the day after that topic's window wins.
        var scheme = new CertificateScheme(Guid.CreateVersion7(), SchemeKind.Training, "2023年寒假教师研修", new DateOnly(2023, 3, 1), [Winter, Topic]);
        Assert.Equal(new DateOnly(2024, 3, 1), scheme.ClaimableOn);
        ProgramStanding[] oneDone = [new(Winter, true, Completion(Winter, 6, true)), new(Topic, true, Completion(Topic, 1, false, ("credit.hours_short", "还需 5 学时。")))];

        var result = CertificateEligibility.Decide(scheme, oneDone, Holder(), Today);

        Assert.True(result.IsEligible);
        Assert.Equal([Winter.ProgramId], result.Covered.Select(c => c.Program.ProgramId));
        Assert.Equal(6, result.TotalHours);

        ProgramStanding[] noneDone = [new(Winter, false, null), new(Topic, true, Completion(Topic, 1, false, ("credit.hours_short", "还需 5 学时。")))];
        var waiting = CertificateEligibility.Decide(scheme, noneDone, Holder(), Today);
        Assert.Equal("《高等教育网课专题》：还需 5 学时。", Assert.Single(waiting.Unmet).Message);
    }
}
