using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.CertificateHolder;

/// <summary>The grant as stored, not as the access token remembers it: a revoked grant stops at once.</summary>
internal sealed class IsSchoolAdministratorHandler(AccountsDbContext db) : IRequestHandler<IsSchoolAdministrator, bool>
{
    public Task<bool> Handle(IsSchoolAdministrator request, CancellationToken cancellationToken) =>
        db.RoleGrants.AnyAsync(g => g.AccountId == request.AccountId && g.Role == AccountRole.SchoolAdmin && g.SchoolId == request.SchoolId, cancellationToken);
}
