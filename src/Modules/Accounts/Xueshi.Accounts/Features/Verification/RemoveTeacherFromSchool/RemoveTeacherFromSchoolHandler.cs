using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Profile;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.Verification.RemoveTeacherFromSchool;

internal sealed class RemoveTeacherFromSchoolHandler(AccountsDbContext db, AdminScope scope, TimeProvider clock)
    : IRequestHandler<RemoveTeacherFromSchool>
{
    public async Task<Unit> Handle(RemoveTeacherFromSchool request, CancellationToken cancellationToken)
    {
        await scope.RequireSchoolAsync(request.SchoolId, cancellationToken);

        // The teacher (or another admin) may change the row at the same moment (xmin): read it again once.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RemoveAsync(request, cancellationToken);
                return Unit.Value;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task RemoveAsync(RemoveTeacherFromSchool request, CancellationToken cancellationToken)
    {
        var profile = await db.TeacherProfiles
            .SingleOrDefaultAsync(p => p.AccountId == request.AccountId && p.SchoolId == request.SchoolId, cancellationToken)
            ?? throw ProfileErrors.TeacherNotInSchool.ToException();

        var now = clock.GetUtcNow();
        var adminId = scope.AccountId;
        var wasApproved = profile.VerificationStatus == VerificationStatus.Approved;
        profile.LeaveSchool(now, adminId);
        db.VerificationRecords.Add(VerificationRecord.Of(profile.AccountId, request.SchoolId, VerificationAction.RemovedBySchool, adminId, null, now));

        // As with 删除任教信息: only a granted verification is revoked.
        if (wasApproved)
        {
            db.Publish(new TeacherVerificationRevoked(Guid.CreateVersion7(now), now, profile.AccountId, request.SchoolId,
                RevocationCauses.RemovedBySchool));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
