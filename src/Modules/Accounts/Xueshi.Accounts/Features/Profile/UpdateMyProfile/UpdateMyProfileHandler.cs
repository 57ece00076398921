using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Profile.UpdateMyProfile;

internal sealed class UpdateMyProfileHandler(
    AccountsDbContext db,
    ICurrentUser currentUser,
    IdNumberProtector protector,
    TimeProvider clock) : IRequestHandler<UpdateMyProfile, MyProfileResponse>
{
    public async Task<MyProfileResponse> Handle(UpdateMyProfile request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        await TeacherAccounts.RequireTeacherAsync(db, accountId, cancellationToken);

        // An administrator may decide this profile while the teacher saves (xmin): start again from
        // what they decided, once, so a lock that just took effect is honoured.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var profile = await SaveAsync(accountId, request.ToData(), cancellationToken);
                return await MyProfileResponses.BuildAsync(db, protector, profile, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<TeacherProfile> SaveAsync(Guid accountId, TeacherProfileData data, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var profile = await db.TeacherProfiles.SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken);
        if (profile is null)
        {
            profile = TeacherProfile.For(accountId, now);
            db.TeacherProfiles.Add(profile);
        }

        var idNumber = ProtectIdNumber(profile, data);
        var locked = profile.LockedFieldsChangedBy(data, idNumber?.Hash);
        if (locked.Count > 0)
        {
            throw ProfileErrors.ProfileLocked.ToException(new Dictionary<string, object?> { ["lockedFields"] = locked });
        }

        if (idNumber is not null && idNumber.Hash != profile.IdNumberHash
            && await db.TeacherProfiles.AnyAsync(p => p.IdNumberHash == idNumber.Hash && p.AccountId != accountId, cancellationToken))
        {
            throw ProfileErrors.IdNumberTaken.ToException();
        }

        if (data.SchoolId is { } schoolId && schoolId != profile.SchoolId
            && !await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
        {
            throw ProfileErrors.ChosenSchoolNotFound.ToException(new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["schoolId"] = [ProfileErrors.ChosenSchoolNotFound.Message] },
            });
        }

        var before = (profile.SchoolId, profile.VerificationStatus, profile.SubmittedAt);
        profile.Update(data, idNumber, now);
        RecordSubmission(profile, before, accountId, now);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException
            && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two accounts saved the same ID number at once; the unique index on the hash decided.
            throw ProfileErrors.IdNumberTaken.ToException();
        }

        return profile;
    }

    /// <summary>
    /// The number as it will be stored. An unchanged number keeps its stored cipher: re-encrypting
    /// would only churn the row (and the key ring) for nothing.
    /// </summary>
    private ProtectedIdNumber? ProtectIdNumber(TeacherProfile profile, TeacherProfileData data)
    {
        if (data.IdType is not { } type || data.IdNumber is not { } number)
        {
            return null;
        }

        var hash = protector.Hash(type, number);
        return hash == profile.IdNumberHash && profile.IdNumberCipher is not null && profile.IdNumberMasked is not null
            ? new ProtectedIdNumber(profile.IdNumberCipher, hash, profile.IdNumberMasked)
            : protector.Protect(type, number);
    }

    /// <summary>The verification history: a new submission to a school, or a pending one withdrawn.</summary>
    private void RecordSubmission(TeacherProfile profile, (Guid? SchoolId, VerificationStatus Status, DateTimeOffset? SubmittedAt) before,
        Guid accountId, DateTimeOffset now)
    {
        if (before.SchoolId is { } left && left != profile.SchoolId)
        {
            db.VerificationRecords.Add(VerificationRecord.Of(accountId, left, VerificationAction.RemovedByTeacher, accountId, null, now));
        }

        if (profile.SchoolId is { } schoolId && profile.VerificationStatus == VerificationStatus.Pending && profile.SubmittedAt != before.SubmittedAt)
        {
            db.VerificationRecords.Add(VerificationRecord.Of(accountId, schoolId, VerificationAction.Submitted, accountId, null, now));
        }
    }
}
