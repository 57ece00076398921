using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.GetPhoneRebindPhoto;

internal sealed class GetPhoneRebindPhotoHandler(AccountsDbContext db, AdminScope scope) : IRequestHandler<GetPhoneRebindPhoto, RebindPhotoFile>
{
    public async Task<RebindPhotoFile> Handle(GetPhoneRebindPhoto request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Support, cancellationToken);
        return await db.PhoneRebindPhotos.AsNoTracking().Where(p => p.RequestId == request.RequestId)
                .Select(p => new RebindPhotoFile(p.Content, p.ContentType)).SingleOrDefaultAsync(cancellationToken)
            ?? throw RebindingErrors.RequestNotFound.ToException();
    }
}
