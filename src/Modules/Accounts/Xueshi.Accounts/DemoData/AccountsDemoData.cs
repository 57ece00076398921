using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;

namespace Xueshi.Accounts.DemoData;

/// <summary>
/// A directory and accounts a person trying the platform locally can sign in with at once, one for
/// each role. Loaded only when Xueshi:DemoData is true (the run command); idempotent, so a restart
/// changes nothing.
/// </summary>
internal static class AccountsDemoData
{
    public const string Password = "Xueshi2026";

    private enum Scope
    {
        None,
        DemoSchool,
        DemoCounty,
        DemoCity,
        DemoProvince,
    }

    private static readonly (string Phone, AccountIdentity Identity, string Nickname, AccountRole? Role, Scope Scope)[] People =
    [
        ("13800000001", AccountIdentity.Teacher, "张老师", null, Scope.None),
        ("13800000002", AccountIdentity.Teacher, "李老师", null, Scope.None),
        ("13800000003", AccountIdentity.Researcher, "王教研员", null, Scope.None),
        ("13800000011", AccountIdentity.Manager, "王校长", AccountRole.SchoolAdmin, Scope.DemoSchool),
        ("13800000012", AccountIdentity.Manager, "历下区管理员", AccountRole.RegionAdmin, Scope.DemoCounty),
        ("13800000013", AccountIdentity.Manager, "济南市管理员", AccountRole.RegionAdmin, Scope.DemoCity),
        ("13800000014", AccountIdentity.Manager, "山东省管理员", AccountRole.RegionAdmin, Scope.DemoProvince),
        ("13800000015", AccountIdentity.Manager, "平台运营", AccountRole.Operator, Scope.None),
        ("13800000016", AccountIdentity.Manager, "客服小吴", AccountRole.Support, Scope.None),
        ("13800000017", AccountIdentity.Student, "小明同学", null, Scope.None),
        ("13800000018", AccountIdentity.Parent, "孙家长", null, Scope.None),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Account>>();
        var idNumbers = scope.ServiceProvider.GetRequiredService<IdNumberProtector>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();

        var regions = await DirectoryDemoData.SeedAsync(db, now, cancellationToken);
        var countyId = regions[DemoDirectory.DemoCountyCode];
        var schoolId = await db.Schools.Where(s => s.RegionId == countyId && s.Name == DemoDirectory.DemoSchoolName)
            .Select(s => s.Id).SingleAsync(cancellationToken);

        var phones = People.Select(p => p.Phone).ToList();
        var accounts = await db.Accounts.Where(a => phones.Contains(a.Phone)).ToDictionaryAsync(a => a.Phone, a => a.Id, cancellationToken);
        foreach (var (phone, identity, nickname, _, _) in People.Where(p => !accounts.ContainsKey(p.Phone)))
        {
            var account = Account.Register(phone, identity, nickname, now);
            account.SetPasswordHash(hasher.HashPassword(account, Password));
            db.Accounts.Add(account);
            accounts[phone] = account.Id;
        }

        foreach (var (phone, _, _, role, where) in People.Where(p => p.Role is not null))
        {
            Guid? grantSchool = where == Scope.DemoSchool ? schoolId : null;
            Guid? grantRegion = where switch
            {
                Scope.DemoCounty => countyId,
                Scope.DemoCity => regions[DemoDirectory.DemoCityCode],
                Scope.DemoProvince => regions[DemoDirectory.DemoProvinceCode],
                _ => null,
            };
            var accountId = accounts[phone];
            if (!await db.RoleGrants.AnyAsync(g => g.AccountId == accountId && g.Role == role && g.SchoolId == grantSchool && g.RegionId == grantRegion, cancellationToken))
            {
                db.RoleGrants.Add(RoleGrant.Create(accountId, role!.Value, grantSchool, grantRegion, grantedBy: null, now));
            }
        }

        // The demo people have agreed to the current legal documents, so they sign in straight to their pages.
        var current = await ConsentBook.CurrentAsync(db, cancellationToken);
        var ids = accounts.Values.ToList();
        var consented = await db.Consents.Where(c => ids.Contains(c.AccountId)).Select(c => c.AccountId).Distinct().ToListAsync(cancellationToken);
        foreach (var accountId in ids.Except(consented))
        {
            ConsentBook.Record(db, accountId, current, now, audit: null);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedTeachersAsync(db, idNumbers, accounts, schoolId, now, cancellationToken);
    }

    /// <summary>
    /// 张老师 verified (认证通过) at the demo school as 班主任, 李老师 waiting for the school admin (待审核)
    /// and claiming to be a (part-time) 心理健康教育教师, the role the 004 training's certificate needs. The
    /// values are those of the profile's choice lists (ProfileCatalog on the profile branch).
    /// </summary>
    private static async Task SeedTeachersAsync(AccountsDbContext db, IdNumberProtector idNumbers, IReadOnlyDictionary<string, Guid> accounts,
        Guid schoolId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zhang = accounts["13800000001"];
        var li = accounts["13800000002"];
        var admin = accounts["13800000011"];
        var existing = await db.TeacherProfiles.Where(p => p.AccountId == zhang || p.AccountId == li).Select(p => p.AccountId).ToListAsync(cancellationToken);

        if (!existing.Contains(zhang))
        {
            var number = DemoIdNumbers.Make(DemoDirectory.DemoCountyCode, new DateOnly(1985, 3, 12), 31);
            var profile = TeacherProfile.For(zhang, now);
            profile.Update(Teacher("张明华", number, Gender.Male, "中共党员", "数学", "一级教师", isPsychologyTeacher: false, isHeadTeacher: true, 2008, schoolId),
                idNumbers.Protect(IdDocumentType.ResidentId, number), now);
            profile.Approve(admin, now);
            db.TeacherProfiles.Add(profile);
            db.VerificationRecords.Add(VerificationRecord.Of(zhang, schoolId, VerificationAction.Submitted, zhang, null, now));
            db.VerificationRecords.Add(VerificationRecord.Approval(profile, schoolId, admin, now));
            db.Publish(new TeacherVerificationApproved(Guid.CreateVersion7(now), now, zhang, schoolId));
        }

        if (!existing.Contains(li))
        {
            var number = DemoIdNumbers.Make(DemoDirectory.DemoCountyCode, new DateOnly(1990, 7, 21), 42);
            var profile = TeacherProfile.For(li, now);
            profile.Update(Teacher("李秀英", number, Gender.Female, "群众", "语文", "二级教师", isPsychologyTeacher: true, isHeadTeacher: false, 2013, schoolId),
                idNumbers.Protect(IdDocumentType.ResidentId, number), now);
            db.TeacherProfiles.Add(profile);
            db.VerificationRecords.Add(VerificationRecord.Of(li, schoolId, VerificationAction.Submitted, li, null, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static TeacherProfileData Teacher(string name, string idNumber, Gender gender, string politicalStatus, string subject,
        string title, bool isPsychologyTeacher, bool isHeadTeacher, int entryYear, Guid schoolId) =>
        new(name, IdDocumentType.ResidentId, idNumber, gender, "汉族", politicalStatus, "本科", "专任教师", schoolId, "小学", subject,
            title, IsPsychologyTeacher: isPsychologyTeacher, IsHeadTeacher: isHeadTeacher, EntryYear: entryYear, Honours: null, ItAbility: null,
            IsBackboneTeacher: null, IsSubjectLeader: null, IsResearcher: null);
}
