using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Profile.RemoveMySchool;

internal sealed class RemoveMySchoolHandler(
    AccountsDbContext db,
    ICurrentUser currentUser,
    IdNumberProtector protector,
    TimeProvider clock) : IRequestHandler<RemoveMySchool, MyProfileResponse>
{
    public async Task<MyProfileResponse> Handle(RemoveMySchool request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        await TeacherAccounts.RequireTeacherAsync(db, accountId, cancellationToken);

        // An administrator deciding at the same moment changes the row (xmin): read it again once.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var profile = await LeaveAsync(accountId, cancellationToken);
                return await MyProfileResponses.BuildAsync(db, protector, profile, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<TeacherProfile> LeaveAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var profile = await db.TeacherProfiles.SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken);
        if (profile?.SchoolId is null)
        {
            throw ProfileErrors.NoSchool.ToException();
        }

        var now = clock.GetUtcNow();
        var wasApproved = profile.VerificationStatus == VerificationStatus.Approved;
        var schoolId = profile.LeaveSchool(now, accountId)!.Value;
        db.VerificationRecords.Add(VerificationRecord.Of(accountId, schoolId, VerificationAction.RemovedByTeacher, accountId, null, now));

        // Only a verification that was granted is revoked; leaving while pending or rejected ends
        // nothing others relied on (certificates are issued on approved data only).
        if (wasApproved)
        {
            db.Publish(new TeacherVerificationRevoked(Guid.CreateVersion7(now), now, accountId, schoolId, RevocationCauses.RemovedByTeacher));
        }

        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }
}
