using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Persistence;

namespace Xueshi.Accounts.Features.GetPhoneRebindPhoto;

internal sealed class GetPhoneRebindPhotoHandler(AccountsDbContext db, AdminScope scope, AuditTrail audit) : IRequestHandler<GetPhoneRebindPhoto, RebindPhotoFile>
{
    public async Task<RebindPhotoFile> Handle(GetPhoneRebindPhoto request, CancellationToken cancellationToken)
    {
        await scope.RequireRoleAsync(AccountRole.Support, cancellationToken);
        var photo = await db.PhoneRebindPhotos.AsNoTracking().Where(p => p.RequestId == request.RequestId)
                .Select(p => new RebindPhotoFile(p.Content, p.ContentType)).SingleOrDefaultAsync(cancellationToken)
            ?? throw RebindingErrors.RequestNotFound.ToException();
        var owner = await (
                from r in db.PhoneRebindRequests.Where(r => r.Id == request.RequestId)
                join a in db.Accounts on r.OldPhone equals a.Phone
                select (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken);
        await audit.RecordReadAsync(owner is { } id ? [id] : [], ["idPhoto"], "PhoneRebindRequest", request.RequestId, cancellationToken);
        return photo;
    }
}
