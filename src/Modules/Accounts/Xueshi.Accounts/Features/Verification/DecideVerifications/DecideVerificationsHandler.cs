using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.Verification.DecideVerifications;

internal sealed class DecideVerificationsHandler(AccountsDbContext db, AdminScope scope, TimeProvider clock)
    : IRequestHandler<DecideVerifications, DecisionResults>
{
    private const int Attempts = 3;

    public async Task<DecisionResults> Handle(DecideVerifications request, CancellationToken cancellationToken)
    {
        await scope.RequireSchoolAsync(request.SchoolId, cancellationToken);

        // Two admins deciding the same teacher at once: the row version (xmin) lets one commit; the
        // other starts again from the fresh rows, where that teacher is no longer pending.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DecideAsync(request, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<DecisionResults> DecideAsync(DecideVerifications request, CancellationToken cancellationToken)
    {
        var adminId = scope.AccountId;
        var now = clock.GetUtcNow();
        var ids = request.AccountIds!.Distinct().ToList();
        // Only this school's teachers: anyone else's id is answered as notFound, never decided.
        var profiles = await db.TeacherProfiles
            .Where(p => ids.Contains(p.AccountId) && p.SchoolId == request.SchoolId)
            .ToDictionaryAsync(p => p.AccountId, cancellationToken);

        var results = new List<DecisionResult>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(new DecisionResult(id, Decide(profiles.GetValueOrDefault(id), request, adminId, now)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DecisionResults(results);
    }

    private DecisionOutcome Decide(TeacherProfile? profile, DecideVerifications request, Guid adminId, DateTimeOffset now)
    {
        if (profile is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (!profile.CanBeDecided)
        {
            return DecisionOutcome.NotPending;
        }

        var schoolId = profile.SchoolId!.Value;
        if (request.Decision == VerificationDecision.Approve)
        {
            profile.Approve(adminId, now);
            db.VerificationRecords.Add(VerificationRecord.Approval(profile, schoolId, adminId, now));
            db.Publish(new TeacherVerificationApproved(Guid.CreateVersion7(now), now, profile.AccountId, schoolId));
            return DecisionOutcome.Approved;
        }

        var reason = request.Reason!.Trim();
        profile.Reject(adminId, reason, now);
        db.VerificationRecords.Add(VerificationRecord.Of(profile.AccountId, schoolId, VerificationAction.Rejected, adminId, reason, now));
        db.Publish(new TeacherVerificationRejected(Guid.CreateVersion7(now), now, profile.AccountId, schoolId, reason));
        return DecisionOutcome.Rejected;
    }
}
