using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Profile;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;

namespace Xueshi.Accounts.Features.CertificateHolder;

/// <summary>
/// The owner's data for their own certificate, every mask made here so the masking rules stay in Accounts
/// (<see cref="Masking"/>). No audit entry: the teacher reads their own data.
/// </summary>
internal sealed class GetCertificateHolderHandler(AccountsDbContext db, IdNumberProtector protector)
    : IRequestHandler<GetCertificateHolder, Contracts.CertificateHolder?>
{
    public async Task<Contracts.CertificateHolder?> Handle(GetCertificateHolder request, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AsNoTracking().AnyAsync(a => a.Id == request.AccountId, cancellationToken))
        {
            return null;
        }

        var profile = await db.TeacherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == request.AccountId, cancellationToken);
        if (profile is null)
        {
            return new Contracts.CertificateHolder(request.AccountId, null, null, null, null, null, null, null, [], VerificationStatus.NotSubmitted);
        }

        var school = profile.SchoolId is { } schoolId ? await MyProfileResponses.DescribeSchoolAsync(db, schoolId, cancellationToken) : null;
        var idNumber = profile.IdNumberCipher is { } cipher ? protector.Reveal(cipher) : null;
        return new Contracts.CertificateHolder(
            profile.AccountId,
            profile.RealName,
            idNumber,
            profile.RealName is { } name ? Masking.Name(name) : null,
            profile.IdNumberMasked,
            idNumber is null ? null : Masking.IdNumberForSchool(idNumber),
            profile.SchoolId,
            school?.Name,
            school?.RegionPath ?? [],
            profile.VerificationStatus);
    }
}
