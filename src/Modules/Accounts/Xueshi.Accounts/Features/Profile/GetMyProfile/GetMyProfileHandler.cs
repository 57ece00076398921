using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;
using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Accounts.Features.Profile.GetMyProfile;

internal sealed class GetMyProfileHandler(AccountsDbContext db, ICurrentUser currentUser, IdNumberProtector protector, TimeProvider clock)
    : IRequestHandler<GetMyProfile, MyProfileResponse>
{
    public async Task<MyProfileResponse> Handle(GetMyProfile request, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccountId();
        await TeacherAccounts.RequireTeacherAsync(db, accountId, cancellationToken);

        // A teacher who never saved gets an empty profile: nothing submitted, every required field missing.
        var profile = await db.TeacherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken)
            ?? TeacherProfile.For(accountId, clock.GetUtcNow());
        return await MyProfileResponses.BuildAsync(db, protector, profile, cancellationToken);
    }
}
