using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.FindAccountByPhone;

internal sealed class FindAccountByPhoneHandler(AccountsDbContext db) : IRequestHandler<Contracts.FindAccountByPhone, Guid?>
{
    public Task<Guid?> Handle(Contracts.FindAccountByPhone request, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().Where(a => a.Phone == request.Phone).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
}
