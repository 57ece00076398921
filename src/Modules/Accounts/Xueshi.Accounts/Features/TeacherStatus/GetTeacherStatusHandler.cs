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
    // One compiled round trip: the account, its profile and its school (every credit statement asks this).
    private static readonly Func<AccountsDbContext, Guid, CancellationToken, Task<StatusRow?>> Query =
        EF.CompileAsyncQuery((AccountsDbContext db, Guid accountId, CancellationToken _) => (
                from a in db.Accounts.AsNoTracking()
                where a.Id == accountId
                join p in db.TeacherProfiles.AsNoTracking() on a.Id equals p.AccountId into profiles
                from p in profiles.DefaultIfEmpty()
                join s in db.Schools.AsNoTracking() on p.SchoolId equals s.Id into schools
                from s in schools.DefaultIfEmpty()
                select new StatusRow(a.Identity, p, (SchoolSystem?)s.SchoolSystem, (bool?)s.IsOther))
            .SingleOrDefault());

    public async Task<Contracts.TeacherStatus?> Handle(GetTeacherStatus request, CancellationToken cancellationToken)
    {
        var row = await Query(db, request.AccountId, cancellationToken);
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

    private sealed record StatusRow(AccountIdentity Identity, TeacherProfile? Profile, SchoolSystem? SchoolSystem, bool? IsOther);
}
