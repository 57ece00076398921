using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.Profile;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.ProfileSummary;

/// <summary>Answers Enrollment's dialog about the teacher's own data; no HTTP, no caller check (modules trust each other).</summary>
internal sealed class GetProfileSummaryHandler(AccountsDbContext db) : IRequestHandler<GetProfileSummary, Contracts.ProfileSummary?>
{
    public async Task<Contracts.ProfileSummary?> Handle(GetProfileSummary request, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == request.AccountId)
            .Select(a => new { a.Id, a.Nickname }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var profile = await db.TeacherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == request.AccountId, cancellationToken);
        var school = profile?.SchoolId is { } schoolId ? await MyProfileResponses.DescribeSchoolAsync(db, schoolId, cancellationToken) : null;
        return new Contracts.ProfileSummary(
            account.Id, account.Nickname, profile?.RealName, profile?.IdNumberMasked, school?.Name, school?.RegionPath ?? [],
            profile?.Stage, profile?.Subject, profile?.Title);
    }
}
