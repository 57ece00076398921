using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Tests;

public sealed class TeacherProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid SchoolA = Guid.CreateVersion7();
    private static readonly Guid SchoolB = Guid.CreateVersion7();
    private static readonly Guid Admin = Guid.CreateVersion7();
    private static readonly ProtectedIdNumber IdNumber = new("cipher-1", "HASH1", "37**************23");

    private static TeacherProfileData Complete(Guid? schoolId) => new(
        "张三", IdDocumentType.ResidentId, "370102198503141231", Gender.Male, "汉族", "中共党员", "本科", "专任教师",
        schoolId, "小学", "语文", "一级教师", false, true, 2010, null, "熟练", null, null, null);

    private static TeacherProfile Pending(Guid? schoolId = null)
    {
        var profile = TeacherProfile.For(Guid.CreateVersion7(), Now);
        profile.Update(Complete(schoolId ?? SchoolA), IdNumber, Now);
        return profile;
    }

    private static TeacherProfile Approved()
    {
        var profile = Pending();
        profile.Approve(Admin, Now.AddHours(1));
        return profile;
    }

    [Fact]
    public void A_new_profile_is_not_submitted_and_misses_every_required_field()
    {
        var profile = TeacherProfile.For(Guid.CreateVersion7(), Now);
        Assert.Equal(VerificationStatus.NotSubmitted, profile.VerificationStatus);
        Assert.Equal(TeacherProfile.RequiredFields, profile.MissingFields());
    }

    [Fact]
    public void A_partial_profile_lists_only_what_is_missing()
    {
        var profile = TeacherProfile.For(Guid.CreateVersion7(), Now);
        profile.Update(Complete(null) with { Ethnicity = " ", IsHeadTeacher = null }, IdNumber, Now);

        Assert.Equal(["ethnicity", "schoolId", "isHeadTeacher"], profile.MissingFields());
        Assert.Equal(VerificationStatus.NotSubmitted, profile.VerificationStatus);
    }

    [Fact]
    public void Optional_fields_are_not_required()
    {
        var profile = TeacherProfile.For(Guid.CreateVersion7(), Now);
        profile.Update(Complete(SchoolA) with { EntryYear = null, ItAbility = null }, IdNumber, Now);
        Assert.Empty(profile.MissingFields());
    }

    [Fact]
    public void Choosing_a_school_submits_the_profile()
    {
        var profile = Pending();
        Assert.Equal(VerificationStatus.Pending, profile.VerificationStatus);
        Assert.Equal(Now, profile.SubmittedAt);
        Assert.True(profile.CanBeDecided);
    }

    [Fact]
    public void Approval_locks_name_ID_document_school_and_the_two_roles_only()
    {
        var profile = Approved();
        Assert.Equal(VerificationStatus.Approved, profile.VerificationStatus);
        Assert.Equal(Admin, profile.DecidedBy);

        var data = Complete(SchoolA);
        Assert.Empty(profile.LockedFieldsChangedBy(data with { Title = "高级教师", Subject = "数学", IsBackboneTeacher = true }, IdNumber.Hash));
        Assert.Equal(["isHeadTeacher"], profile.LockedFieldsChangedBy(data with { IsHeadTeacher = !data.IsHeadTeacher }, IdNumber.Hash));
        Assert.Equal(["isPsychologyTeacher"], profile.LockedFieldsChangedBy(data with { IsPsychologyTeacher = !data.IsPsychologyTeacher }, IdNumber.Hash));
        Assert.Equal(["isPsychologyTeacher", "isHeadTeacher"], profile.LockedFieldsChangedBy(data with { IsPsychologyTeacher = null, IsHeadTeacher = null }, IdNumber.Hash));
        Assert.Equal(["realName"], profile.LockedFieldsChangedBy(data with { RealName = "张四" }, IdNumber.Hash));
        Assert.Equal(["idType"], profile.LockedFieldsChangedBy(data with { IdType = IdDocumentType.Passport }, IdNumber.Hash));
        Assert.Equal(["idNumber"], profile.LockedFieldsChangedBy(data, "HASH2"));
        Assert.Equal(["schoolId"], profile.LockedFieldsChangedBy(data with { SchoolId = SchoolB }, IdNumber.Hash));
        Assert.Equal(["realName", "idNumber", "schoolId"], profile.LockedFieldsChangedBy(data with { RealName = null, SchoolId = null }, null));
    }

    [Fact]
    public void The_name_with_spaces_around_it_is_the_same_name() =>
        Assert.Empty(Approved().LockedFieldsChangedBy(Complete(SchoolA) with { RealName = " 张三 " }, IdNumber.Hash));

    [Fact]
    public void An_approved_profile_stays_approved_when_other_fields_change()
    {
        var profile = Approved();
        profile.Update(Complete(SchoolA) with { Title = "高级教师" }, IdNumber, Now.AddDays(1));
        Assert.Equal(VerificationStatus.Approved, profile.VerificationStatus);
        Assert.Equal("高级教师", profile.Title);
    }

    [Fact]
    public void Changing_a_locked_field_of_an_approved_profile_is_impossible() =>
        Assert.Throws<InvalidOperationException>(() => Approved().Update(Complete(SchoolB), IdNumber, Now.AddDays(1)));

    [Fact]
    public void Nothing_is_locked_while_pending_or_rejected()
    {
        var changed = Complete(SchoolB) with { RealName = "李四" };
        Assert.Empty(Pending().LockedFieldsChangedBy(changed, "HASH2"));

        var rejected = Pending();
        rejected.Reject(Admin, "信息有误", Now);
        Assert.Empty(rejected.LockedFieldsChangedBy(changed, "HASH2"));
    }

    [Fact]
    public void A_rejection_keeps_its_reason_and_saving_again_resubmits()
    {
        var profile = Pending();
        profile.Reject(Admin, "  非本校教师 ", Now.AddHours(1));
        Assert.Equal(VerificationStatus.Rejected, profile.VerificationStatus);
        Assert.Equal("非本校教师", profile.VerificationReason);
        Assert.Equal(SchoolA, profile.SchoolId);

        profile.Update(Complete(SchoolA), IdNumber, Now.AddHours(2));
        Assert.Equal(VerificationStatus.Pending, profile.VerificationStatus);
        Assert.Null(profile.VerificationReason);
        Assert.Null(profile.DecidedAt);
        Assert.Equal(Now.AddHours(2), profile.SubmittedAt);
    }

    [Fact]
    public void Changing_school_while_pending_submits_to_the_new_school()
    {
        var profile = Pending();
        profile.Update(Complete(SchoolB), IdNumber, Now.AddHours(1));
        Assert.Equal(VerificationStatus.Pending, profile.VerificationStatus);
        Assert.Equal(SchoolB, profile.SchoolId);
        Assert.Equal(Now.AddHours(1), profile.SubmittedAt);
    }

    [Fact]
    public void Saving_a_pending_profile_without_changing_school_keeps_its_place_in_the_queue()
    {
        var profile = Pending();
        profile.Update(Complete(SchoolA) with { Title = "二级教师" }, IdNumber, Now.AddHours(1));
        Assert.Equal(Now, profile.SubmittedAt);
    }

    [Fact]
    public void Clearing_the_school_withdraws_the_submission()
    {
        var profile = Pending();
        profile.Update(Complete(null), IdNumber, Now.AddHours(1));
        Assert.Equal(VerificationStatus.NotSubmitted, profile.VerificationStatus);
        Assert.Contains("schoolId", profile.MissingFields());
    }

    [Fact]
    public void Leaving_the_school_ends_the_verification_and_unlocks_everything()
    {
        var profile = Approved();
        var left = profile.LeaveSchool(Now.AddDays(1), profile.AccountId);

        Assert.Equal(SchoolA, left);
        Assert.Null(profile.SchoolId);
        Assert.Equal(VerificationStatus.NotSubmitted, profile.VerificationStatus);
        Assert.Null(profile.DecidedAt);
        Assert.Null(profile.SubmittedAt);
        Assert.Empty(profile.LockedFieldsChangedBy(Complete(SchoolB) with { RealName = "张叁" }, "HASH2"));
        Assert.Equal(["schoolId"], profile.MissingFields());
    }

    [Fact]
    public void Only_a_pending_profile_can_be_decided()
    {
        var approved = Approved();
        Assert.False(approved.CanBeDecided);
        Assert.Throws<InvalidOperationException>(() => approved.Approve(Admin, Now));
        Assert.Throws<InvalidOperationException>(() => approved.Reject(Admin, "重复", Now));

        var withoutSchool = TeacherProfile.For(Guid.CreateVersion7(), Now);
        Assert.False(withoutSchool.CanBeDecided);
        Assert.Throws<InvalidOperationException>(() => withoutSchool.Approve(Admin, Now));
    }

    [Fact]
    public void The_roles_count_as_verified_only_while_approved()
    {
        var pending = Pending();
        pending.Update(Complete(SchoolA) with { IsPsychologyTeacher = true, IsHeadTeacher = true }, IdNumber, Now);
        Assert.False(pending.IsVerifiedPsychologyTeacher);
        Assert.False(pending.IsVerifiedHeadTeacher);

        pending.Approve(Admin, Now.AddHours(1));
        Assert.True(pending.IsVerifiedPsychologyTeacher);
        Assert.True(pending.IsVerifiedHeadTeacher);

        pending.LeaveSchool(Now.AddHours(2));
        Assert.False(pending.IsVerifiedPsychologyTeacher);
        Assert.False(pending.IsVerifiedHeadTeacher);
        Assert.Empty(pending.LockedFieldsChangedBy(Complete(null) with { IsPsychologyTeacher = false }, IdNumber.Hash));
    }
}
