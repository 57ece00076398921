using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.AddSchool;
using Xueshi.Accounts.Features.CorrectSchool;
using Xueshi.Accounts.Features.DecidePhoneRebindRequest;
using Xueshi.Accounts.Features.GrantRole;
using Xueshi.Accounts.Features.IssueToken;
using Xueshi.Accounts.Features.Profile.UpdateMyProfile;
using Xueshi.Accounts.Features.RebindPhone;
using Xueshi.Accounts.Features.RefreshTokens;
using Xueshi.Accounts.Features.Register;
using Xueshi.Accounts.Features.RequestSmsCode;
using Xueshi.Accounts.Features.ResetPassword;
using Xueshi.Accounts.Features.SignOut;
using Xueshi.Accounts.Features.SubmitPhoneRebindRequest;
using Xueshi.Accounts.Features.SwitchIdentity;
using Xueshi.Accounts.Features.Verification.DecideVerifications;
using Xueshi.BuildingBlocks.Http;

namespace Xueshi.Accounts.Features;

/// <summary>
/// One request body of each use case as a teacher or an admin in 济南市历下区 would send it, for the
/// OpenAPI document. Values pass the validators (a test sends each of them through its validator).
/// </summary>
internal sealed class AccountsRequestExamples : IRequestExamples
{
    private const string Phone = "13912345678";
    private const string NewPhone = "13687654321";
    private const string Code = "246810";
    private const string RefreshToken = "q3Zp7LxN0v2bR8sYcWmK5tE1uAaHfJgD9oQiVwXyZ4E";
    private static readonly Guid School = Guid.Parse("0195a3b2-6c1d-7e2f-8a3b-4c5d6e7f8a9b");
    private static readonly Guid Teacher = Guid.Parse("0195a3b2-7d2e-7f30-9b4c-5d6e7f8a9bac");

    public IEnumerable<object> Examples =>
    [
        new Register.RegisterAccount(Phone, Code, "Jinan2024", AccountIdentity.Teacher, "张老师", 1, 1),
        new Consents.GiveConsent.GiveConsent(1, 1),
        new Consents.ChooseBasics.ChooseBasics(AccountIdentity.Teacher, "张老师", 1, 1),
        // Kind comes from the route; set here so the example is checked as the validator will see it.
        new LegalDocuments.PublishLegalDocument.PublishLegalDocument("学时隐私政策", "学时（以下简称“我们”）依照《中华人民共和国个人信息保护法》处理您的个人信息……") { Kind = "privacyPolicy" },
        new IssueToken.IssueToken(Phone, "Jinan2024", null),
        new RefreshTokens.RefreshAccessToken(RefreshToken),
        new RequestSmsCode.RequestSmsCode(Phone, SmsPurpose.Register),
        new ResetPassword.ResetPassword(Phone, Code, "Lixia2025"),
        new SignOut.SignOut(RefreshToken),
        new AddSchool.AddSchool("济南市历下区甸柳第一小学", SchoolSystem.Primary),
        new CorrectSchool.CorrectSchool("济南市历下区甸柳第二小学", null),
        new SwitchIdentity.SwitchIdentity(AccountIdentity.Teacher, false),
        new UpdateMyProfile(
            RealName: "张伟", IdType: IdDocumentType.ResidentId, IdNumber: "37010219850315123X", Gender: Gender.Male,
            Ethnicity: "汉族", PoliticalStatus: "中共党员", Education: "本科", TeacherType: "专任教师", SchoolId: School,
            Stage: "小学", Subject: "语文", Title: "一级教师", IsPsychologyTeacher: false, IsHeadTeacher: true, EntryYear: 2008,
            Honours: "济南市优秀教师", ItAbility: "熟练", IsBackboneTeacher: true, IsSubjectLeader: false, IsResearcher: false),
        new DecidePhoneRebindRequest.DecidePhoneRebindRequest(false, "手持证件照片不清晰，请重新提交。"),
        new PhoneRebindForm
        {
            RealName = "张伟", IdType = "residentId", IdNumber = "37010219850315123X",
            OldPhone = Phone, NewPhone = NewPhone, NewPhoneCode = Code,
        },
        new RebindPhone.RebindPhone(Code, NewPhone, "135791"),
        new GrantRole.GrantRole(Phone, AccountRole.SchoolAdmin, School, null),
        new DecideVerificationsBody([Teacher], VerificationDecision.Approve, null),
    ];
}
