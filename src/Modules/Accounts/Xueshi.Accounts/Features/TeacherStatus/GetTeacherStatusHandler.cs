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
        var identity = await db.Accounts.AsNoTracking().Where(a => a.Id == request.AccountId)
            .Select(a => (AccountIdentity?)a.Identity).SingleOrDefaultAsync(cancellationToken);
        if (identity is null)
        {
            return null;
        }

        var profile = await db.TeacherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == request.AccountId, cancellationToken)
            ?? TeacherProfile.For(request.AccountId, clock.GetUtcNow());
        var school = profile.SchoolId is { } schoolId
            ? await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
                .Select(s => new { s.SchoolSystem, s.IsOther }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var missing = profile.MissingFields();
        return new Contracts.TeacherStatus(
            request.AccountId,
            identity.Value,
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
