using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;

namespace Xueshi.Accounts.Features.Profile;

/// <summary>Builds the owner's view of a profile; shared by reading, saving and removing the school.</summary>
internal static class MyProfileResponses
{
    public static async Task<MyProfileResponse> BuildAsync(
        AccountsDbContext db, IdNumberProtector protector, TeacherProfile profile, CancellationToken cancellationToken)
    {
        var school = profile.SchoolId is { } schoolId ? await DescribeSchoolAsync(db, schoolId, cancellationToken) : null;
        var missing = profile.MissingFields();
        return new MyProfileResponse(
            profile.AccountId,
            profile.RealName,
            profile.IdType,
            profile.IdNumberCipher is { } cipher ? protector.Reveal(cipher) : null,
            profile.Gender,
            profile.Ethnicity,
            profile.PoliticalStatus,
            profile.Education,
            profile.TeacherType,
            profile.SchoolId,
            profile.Stage,
            profile.Subject,
            profile.Title,
            profile.IsPsychologyTeacher,
            profile.IsHeadTeacher,
            profile.EntryYear,
            profile.Honours,
            profile.ItAbility,
            profile.IsBackboneTeacher,
            profile.IsSubjectLeader,
            profile.IsResearcher,
            school,
            new ProfileVerification(profile.VerificationStatus, profile.VerificationReason, profile.SubmittedAt, profile.DecidedAt),
            profile.VerificationStatus == VerificationStatus.Approved ? TeacherProfile.LockedWhenApproved : [],
            new ProfileCompleteness(missing.Count == 0, missing));
    }

    /// <summary>The school with its province, city and county names, in one round trip.</summary>
    public static async Task<ProfileSchool?> DescribeSchoolAsync(AccountsDbContext db, Guid schoolId, CancellationToken cancellationToken)
    {
        var row = await (
                from school in db.Schools
                where school.Id == schoolId
                join county in db.Regions on school.RegionId equals county.Id
                from city in db.Regions.Where(r => r.Id == county.ParentId).DefaultIfEmpty()
                from province in db.Regions.Where(r => r.Id == city!.ParentId).DefaultIfEmpty()
                select new
                {
                    school.Id,
                    school.Name,
                    school.SchoolSystem,
                    school.IsOther,
                    County = county.Name,
                    City = city == null ? null : city.Name,
                    Province = province == null ? null : province.Name,
                })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        string?[] path = [row.Province, row.City, row.County];
        return new ProfileSchool(row.Id, row.Name, row.SchoolSystem, path.OfType<string>().ToArray(), row.IsOther);
    }
}
