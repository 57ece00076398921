using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.TeacherStatus;

/// <summary>Answers other modules' question about a teacher; no HTTP, no caller check (modules trust each other).</summary>
internal sealed class GetTeacherStatusHandler(AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<GetTeacherStatus, Contracts.TeacherStatus?>
{
    public async Task<Contracts.TeacherStatus?> Handle(GetTeacherStatus request, CancellationToken cancellationToken)
    {
        // One round trip: the account, its profile and its school (the credit statement asks this on every progress page).
        var row = await (
                from a in db.Accounts.AsNoTracking()
                where a.Id == request.AccountId
                join p in db.TeacherProfiles.AsNoTracking() on a.Id equals p.AccountId into profiles
                from p in profiles.DefaultIfEmpty()
                join s in db.Schools.AsNoTracking() on p.SchoolId equals s.Id into schools
                from s in schools.DefaultIfEmpty()
                select new { a.Identity, Profile = p, SchoolSystem = (SchoolSystem?)s.SchoolSystem, IsOther = (bool?)s.IsOther })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var identity = row.Identity;
        var profile = row.Profile ?? TeacherProfile.For(request.AccountId, clock.GetUtcNow());
        var school = row.SchoolSystem is { } system ? new { SchoolSystem = system, IsOther = row.IsOther ?? false } : null;
        var missing = profile.MissingFields();
        return new Contracts.TeacherStatus(
            request.AccountId,
            identity,
            missing.Count == 0,
            missing,
            profile.VerificationStatus,
            profile.SchoolId,
            school?.SchoolSystem,
            school?.IsOther ?? false,
            profile.IsPsychologyTeacher,
            profile.IsHeadTeacher,
            profile.IsVerifiedPsychologyTeacher,
            profile.IsVerifiedHeadTeacher);
    }
}
